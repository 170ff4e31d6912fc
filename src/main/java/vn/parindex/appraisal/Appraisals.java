package vn.parindex.appraisal;

import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.appraisal.internal.AnswerEvidence;
import vn.parindex.appraisal.internal.Appraisal;
import vn.parindex.appraisal.internal.AppraisalAccess;
import vn.parindex.appraisal.internal.AppraisalContext;
import vn.parindex.appraisal.internal.AppraisalCounts;
import vn.parindex.appraisal.internal.AppraisalItem;
import vn.parindex.appraisal.internal.AppraisalItemRepository;
import vn.parindex.appraisal.internal.AppraisalRepository;
import vn.parindex.appraisal.internal.Assignment;
import vn.parindex.appraisal.internal.AssignmentRepository;
import vn.parindex.assessment.AssessmentRef;
import vn.parindex.assessment.EvidenceFile;
import vn.parindex.assessment.ItemState;
import vn.parindex.assessment.ReviewedAssessments;
import vn.parindex.assessment.SubmittedContent;
import vn.parindex.audit.AuditLog;
import vn.parindex.audit.AuditScope;
import vn.parindex.criteria.CriteriaCatalog;
import vn.parindex.criteria.CriteriaNodeView;
import vn.parindex.criteria.CriteriaTree;
import vn.parindex.criteria.ScoreRule;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.organization.UnitSummary;
import vn.parindex.period.PeriodDirectory;
import vn.parindex.period.PeriodSummary;
import vn.parindex.period.Phase;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.CurrentUserService;
import vn.parindex.security.Role;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.ConcurrentEditException;
import vn.parindex.shared.TextLimits;

/**
 * The council member's work: the queue of assigned units, the appraisal sheet, appraised scores and
 * comments, questions to the unit (APPRAISAL), final scores and finalizing (FINAL_APPRAISAL). A member
 * acts only on units they are assigned to and never on their own unit; the secretariat reads sheets.
 */
@Service
@RolesAllowed(Role.Names.COUNCIL_MEMBER)
public class Appraisals {

    private final AppraisalRepository appraisals;
    private final AppraisalItemRepository items;
    private final AssignmentRepository assignments;
    private final ReviewedAssessments assessments;
    private final CriteriaCatalog catalog;
    private final PeriodDirectory periods;
    private final OrganizationDirectory organization;
    private final CurrentUserService currentUser;
    private final AuditLog audit;
    private final Clock clock;

    Appraisals(
            AppraisalRepository appraisals,
            AppraisalItemRepository items,
            AssignmentRepository assignments,
            ReviewedAssessments assessments,
            CriteriaCatalog catalog,
            PeriodDirectory periods,
            OrganizationDirectory organization,
            CurrentUserService currentUser,
            AuditLog audit,
            Clock clock) {
        this.appraisals = appraisals;
        this.items = items;
        this.assignments = assignments;
        this.assessments = assessments;
        this.catalog = catalog;
        this.periods = periods;
        this.organization = organization;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Periods whose appraisal has started, newest first. */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.COUNCIL_MEMBER, Role.Names.SECRETARIAT})
    public List<PeriodSummary> periods() {
        return periods.periods().stream()
                .filter(period -> period.phase().isAtLeast(Phase.APPRAISAL))
                .toList();
    }

    /** The signed-in member's assigned units of a period with their assessment and appraisal state. */
    @Transactional(readOnly = true)
    public List<QueueEntry> queue(long periodId) {
        CurrentUser user = currentUser.require();
        Map<Long, List<Assignment>> mine = assignments.findByPeriodIdAndMemberId(periodId, user.id()).stream()
                .collect(Collectors.groupingBy(Assignment::getUnitId, LinkedHashMap::new, Collectors.toList()));
        if (mine.isEmpty()) {
            return List.of();
        }
        Map<Long, AssessmentRef> byUnit = assessments.inPeriod(periodId).stream()
                .filter(ref -> mine.containsKey(ref.unitId()))
                .collect(Collectors.toMap(AssessmentRef::unitId, Function.identity()));
        Set<Long> assessmentIds =
                byUnit.values().stream().map(AssessmentRef::id).collect(Collectors.toSet());
        Map<Long, Appraisal> appraisalByAssessment = assessmentIds.isEmpty()
                ? Map.of()
                : appraisals.findByAssessmentIdIn(assessmentIds).stream()
                        .collect(Collectors.toMap(Appraisal::getAssessmentId, Function.identity()));
        Map<Long, AppraisalCounts> counts = assessmentIds.isEmpty()
                ? Map.of()
                : appraisals.counts(assessmentIds).stream()
                        .collect(Collectors.toMap(AppraisalCounts::getAppraisalId, Function.identity()));
        Map<Long, UnitSummary> units =
                organization.units().stream().collect(Collectors.toMap(UnitSummary::id, Function.identity()));
        List<QueueEntry> queue = new ArrayList<>();
        mine.forEach((unitId, unitAssignments) -> {
            AssessmentRef ref = byUnit.get(unitId);
            Appraisal appraisal = ref == null ? null : appraisalByAssessment.get(ref.id());
            AppraisalCounts count = appraisal == null ? null : counts.get(appraisal.getId());
            queue.add(new QueueEntry(
                    periodId,
                    units.get(unitId),
                    ref == null ? null : ref.id(),
                    ref != null && ref.submitted(),
                    appraisal == null ? null : appraisal.getId(),
                    appraisal == null ? AppraisalStatus.NOT_STARTED : appraisal.getStatus(),
                    appraisal != null && appraisal.isNotRanked(),
                    unitAssignments.stream().anyMatch(Assignment::wholeUnit),
                    count == null ? 0 : (int) count.getItems(),
                    count == null ? 0 : (int) count.getAppraised(),
                    count == null ? 0 : (int) count.getChanged(),
                    count == null ? 0 : (int) count.getQuestions(),
                    count == null ? 0 : (int) count.getAnswers(),
                    count == null ? 0 : (int) count.getFinals()));
        });
        return queue;
    }

    /**
     * A unit's appraisal sheet. Opened by an assigned member the first time, the appraisal and one
     * item per scored item of the unit are created, so later saves only update rows. Read in a
     * constant number of statements whatever the number of items.
     */
    @Transactional
    @RolesAllowed({Role.Names.COUNCIL_MEMBER, Role.Names.SECRETARIAT})
    public AppraisalSheet sheet(long periodId, long unitId) {
        CurrentUser user = currentUser.require();
        PeriodSummary period = periods.period(periodId);
        if (!period.phase().isAtLeast(Phase.APPRAISAL)) {
            throw new BusinessRuleException("appraisal.notOpen");
        }
        AppraisalAccess.requireNotOwnUnit(user, unitId);
        Set<Long> areas = assignments.findByPeriodIdAndUnitIdAndMemberId(periodId, unitId, user.id()).stream()
                .map(assignment -> assignment.wholeUnit() ? 0L : assignment.getAreaNodeId())
                .collect(Collectors.toSet());
        boolean reader = user.hasRole(Role.SECRETARIAT);
        if (areas.isEmpty() && !reader) {
            throw new BusinessRuleException("appraisal.notAssigned");
        }
        AssessmentRef ref =
                assessments.of(periodId, unitId).orElseThrow(() -> new BusinessRuleException("appraisal.noAssessment"));
        SubmittedContent content = assessments.content(ref.id());
        CriteriaTree tree = catalog.tree(ref.setId());
        Map<Long, ScoreRule> rules = tree.scoreRules(unitId);
        Appraisal appraisal = appraisals.findByAssessmentId(ref.id()).orElse(null);
        List<AppraisalItem> stored = appraisal == null ? List.of() : items.findByAppraisalId(appraisal.getId());
        if (appraisal == null) {
            appraisal = appraisals.save(new Appraisal(ref.id()));
        }
        stored = withMissingItems(appraisal.getId(), rules, content, stored);
        Map<Long, Set<Long>> answerEvidence = new HashMap<>();
        if (!stored.isEmpty()) {
            for (AnswerEvidence link : items.answerEvidence(appraisal.getId())) {
                answerEvidence
                        .computeIfAbsent(link.getAppraisalItemId(), key -> new HashSet<>())
                        .add(link.getEvidenceId());
            }
        }
        Map<Long, AppraisalLine> lines = new HashMap<>();
        for (AppraisalItem item : stored) {
            lines.put(
                    item.getNodeId(),
                    line(item, content.items().get(item.getNodeId()), answerEvidence.get(item.getId())));
        }
        AppraisalSheet.Mode mode = areas.isEmpty() || appraisal.isNotRanked()
                ? AppraisalSheet.Mode.READ_ONLY
                : switch (period.phase()) {
                    case APPRAISAL -> AppraisalSheet.Mode.APPRAISE;
                    case FINAL_APPRAISAL -> AppraisalSheet.Mode.FINALIZE;
                    default -> AppraisalSheet.Mode.READ_ONLY;
                };
        Set<Long> editable = areas.isEmpty() ? Set.of() : AppraisalAccess.editableNodes(areas, rules, tree);
        return new AppraisalSheet(
                appraisal.getId(),
                appraisal.getVersion(),
                appraisal.getStatus(),
                appraisal.isNotRanked(),
                appraisal.getNotRankedReason(),
                period,
                organization.unit(unitId),
                ref.submitted(),
                tree,
                rules,
                lines,
                content.library(),
                editable,
                mode);
    }

    /**
     * Saves appraised scores, comments and "evidence does not prove the score" marks, all or nothing,
     * during APPRAISAL. Each value is checked against the item's rule; an item another member changed
     * since the caller read it is refused with the value now stored. Returns how many items changed.
     */
    @Transactional
    public int save(long appraisalId, List<AppraisedChange> changes) {
        Locked locked = lock(appraisalId, Phase.APPRAISAL);
        Map<Long, ScoreRule> rules =
                catalog.scoreRules(locked.context().getSetId(), locked.context().getUnitId());
        Map<Long, AppraisalItem> byNode = byNode(appraisalId);
        Set<Long> editable = locked.editable(rules);
        for (AppraisedChange change : changes) {
            AppraisalItem item = item(byNode, editable, change.nodeId());
            ScoreRule rule = rules.get(change.nodeId());
            rule.problemWith(change.score()).ifPresent(problem -> {
                throw problem;
            });
            if (change.comment() != null && change.comment().strip().length() > TextLimits.NOTE) {
                throw new BusinessRuleException("appraisal.textTooLong", rule.code(), TextLimits.NOTE);
            }
            checkVersion(item, change.expectedVersion(), rule, item.getAppraisedScore(), item.getAppraisedBy());
        }
        Instant now = Instant.now(clock);
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        for (AppraisedChange change : changes) {
            AppraisalItem item = byNode.get(change.nodeId());
            Object old = appraised(item);
            if (item.appraise(change.score(), change.comment(), change.evidenceInsufficient(), locked.user(), now)) {
                String code = rules.get(change.nodeId()).code();
                before.put(code, old);
                after.put(code, appraised(item));
            }
        }
        if (after.isEmpty()) {
            return 0;
        }
        if (AppraisalStatus.valueOf(locked.context().getStatus()) == AppraisalStatus.NOT_STARTED) {
            appraisals.start(appraisalId);
        }
        flush();
        audit.record(scope(locked), "APPRAISED_SCORES_SAVED", "APPRAISAL", appraisalId, before, after);
        return after.size();
    }

    /**
     * "Accept the unit's scores" for one area: every item of the area the caller may appraise gets the
     * self score as its appraised score, in one action audited per item. Items someone changed since
     * the caller read them ({@code seenVersions}, by node) are refused like a save.
     */
    @Transactional
    public int acceptArea(long appraisalId, long areaNodeId, Map<Long, Long> seenVersions) {
        Locked locked = lock(appraisalId, Phase.APPRAISAL);
        AppraisalContext context = locked.context();
        CriteriaTree tree = catalog.tree(context.getSetId());
        Map<Long, ScoreRule> rules = tree.scoreRules(context.getUnitId());
        CriteriaNodeView area = tree.areas().stream()
                .filter(node -> node.id() == areaNodeId)
                .findFirst()
                .orElseThrow(() -> new BusinessRuleException("appraisal.unknownArea"));
        Set<Long> editable = AppraisalAccess.editableNodes(locked.areas(), rules, tree);
        if (!editable.containsAll(
                AppraisalAccess.under(area).stream().filter(rules::containsKey).toList())) {
            throw new BusinessRuleException("appraisal.notYourItem", area.code());
        }
        SubmittedContent content = assessments.content(context.getAssessmentId());
        Map<Long, AppraisalItem> byNode = byNode(appraisalId);
        Instant now = Instant.now(clock);
        int accepted = 0;
        for (Long nodeId : AppraisalAccess.under(area)) {
            AppraisalItem item = byNode.get(nodeId);
            ScoreRule rule = rules.get(nodeId);
            if (item == null || rule == null || !rule.applicable()) {
                continue;
            }
            Long seen = seenVersions.get(nodeId);
            if (seen != null) {
                checkVersion(item, seen, rule, item.getAppraisedScore(), item.getAppraisedBy());
            }
            ItemState self = content.items().get(nodeId);
            BigDecimal selfScore = self == null ? null : self.score();
            Object old = appraised(item);
            if (item.appraise(selfScore, item.getAppraisedComment(), false, locked.user(), now)) {
                audit.record(
                        scope(locked),
                        "APPRAISAL_ITEM_ACCEPTED",
                        "APPRAISAL_ITEM",
                        item.getId(),
                        old,
                        Map.of("code", rule.code(), "score", selfScore == null ? "—" : selfScore));
                accepted++;
            }
        }
        if (accepted > 0 && AppraisalStatus.valueOf(context.getStatus()) == AppraisalStatus.NOT_STARTED) {
            appraisals.start(appraisalId);
        }
        flush();
        return accepted;
    }

    /**
     * Asks the unit to explain items (a blank question withdraws it), during APPRAISAL; the questions
     * reach the unit when the period moves to EXPLANATION.
     */
    @Transactional
    public int requestExplanations(long appraisalId, List<QuestionDraft> questions) {
        Locked locked = lock(appraisalId, Phase.APPRAISAL);
        Map<Long, ScoreRule> rules =
                catalog.scoreRules(locked.context().getSetId(), locked.context().getUnitId());
        Map<Long, AppraisalItem> byNode = byNode(appraisalId);
        Set<Long> editable = locked.editable(rules);
        for (QuestionDraft draft : questions) {
            AppraisalItem item = item(byNode, editable, draft.nodeId());
            ScoreRule rule = rules.get(draft.nodeId());
            if (draft.question() != null && draft.question().strip().length() > TextLimits.NOTE) {
                throw new BusinessRuleException("appraisal.textTooLong", rule.code(), TextLimits.NOTE);
            }
            checkVersion(item, draft.expectedVersion(), rule, item.getAppraisedScore(), item.getAppraisedBy());
        }
        Instant now = Instant.now(clock);
        Map<String, Object> asked = new LinkedHashMap<>();
        for (QuestionDraft draft : questions) {
            AppraisalItem item = byNode.get(draft.nodeId());
            if (item.ask(draft.question(), locked.user(), now)) {
                asked.put(rules.get(draft.nodeId()).code(), item.getQuestion() == null ? "—" : item.getQuestion());
            }
        }
        if (asked.isEmpty()) {
            return 0;
        }
        if (AppraisalStatus.valueOf(locked.context().getStatus()) == AppraisalStatus.NOT_STARTED) {
            appraisals.start(appraisalId);
        }
        flush();
        audit.record(scope(locked), "EXPLANATIONS_ASKED", "APPRAISAL", appraisalId, null, asked);
        return asked.size();
    }

    /**
     * Final scores and decisions on the unit's explanations, during FINAL_APPRAISAL, checked against
     * the item's rule and versioned per item.
     */
    @Transactional
    public int saveFinal(long appraisalId, List<FinalChange> changes) {
        Locked locked = lock(appraisalId, Phase.FINAL_APPRAISAL);
        Map<Long, ScoreRule> rules =
                catalog.scoreRules(locked.context().getSetId(), locked.context().getUnitId());
        Map<Long, AppraisalItem> byNode = byNode(appraisalId);
        Set<Long> editable = locked.editable(rules);
        for (FinalChange change : changes) {
            AppraisalItem item = item(byNode, editable, change.nodeId());
            ScoreRule rule = rules.get(change.nodeId());
            rule.problemWith(change.finalScore()).ifPresent(problem -> {
                throw problem;
            });
            if (change.explanationAccepted() != null && !item.answered()) {
                throw new BusinessRuleException("appraisal.noAnswer", rule.code());
            }
            checkVersion(item, change.expectedVersion(), rule, item.getFinalScore(), item.getFinalBy());
        }
        Instant now = Instant.now(clock);
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        for (FinalChange change : changes) {
            AppraisalItem item = byNode.get(change.nodeId());
            Object old = finalValue(item);
            if (item.decide(change.finalScore(), change.explanationAccepted(), locked.user(), now)) {
                String code = rules.get(change.nodeId()).code();
                before.put(code, old);
                after.put(code, finalValue(item));
            }
        }
        if (after.isEmpty()) {
            return 0;
        }
        flush();
        audit.record(scope(locked), "FINAL_SCORES_SAVED", "APPRAISAL", appraisalId, before, after);
        return after.size();
    }

    /**
     * Marks the unit's appraisal final, during FINAL_APPRAISAL: every item without a final score gets
     * the proposed one (self score where the explanation was accepted, else the appraised score, else
     * what the unit entered). Only a member assigned to the whole unit finalizes it.
     */
    @Transactional
    public void finalizeUnit(long appraisalId, long expectedVersion) {
        Locked locked = lock(appraisalId, Phase.FINAL_APPRAISAL);
        if (!locked.areas().contains(0L)) {
            throw new BusinessRuleException("appraisal.finalizeWholeUnit");
        }
        Appraisal appraisal = appraisals.findById(appraisalId).orElseThrow();
        ConcurrentEditException.check(appraisal.getVersion(), expectedVersion);
        AppraisalContext context = locked.context();
        SubmittedContent content = assessments.content(context.getAssessmentId());
        Map<Long, ScoreRule> rules = catalog.scoreRules(context.getSetId(), context.getUnitId());
        Instant now = Instant.now(clock);
        Map<String, Object> finals = new LinkedHashMap<>();
        for (AppraisalItem item : items.findByAppraisalId(appraisalId)) {
            ScoreRule rule = rules.get(item.getNodeId());
            if (rule == null) {
                continue;
            }
            BigDecimal value = item.getFinalScore();
            if (value == null) {
                value = line(item, content.items().get(item.getNodeId()), null).proposedFinal();
                if (!rule.applicable()) {
                    value = BigDecimal.ZERO;
                }
                item.decide(value, item.getExplanationAccepted(), locked.user(), now);
            }
            finals.put(rule.code(), value);
        }
        appraisal.finalized(locked.user(), now);
        flush();
        audit.record(
                scope(locked),
                "APPRAISAL_FINALIZED",
                "APPRAISAL",
                appraisalId,
                Map.of("status", context.getStatus()),
                finals);
    }

    /** An evidence file of the unit, for a member assigned to it (or the secretariat). */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.COUNCIL_MEMBER, Role.Names.SECRETARIAT})
    public EvidenceFile evidenceFile(long periodId, long unitId, long evidenceId) {
        CurrentUser user = currentUser.require();
        AppraisalAccess.requireNotOwnUnit(user, unitId);
        if (!user.hasRole(Role.SECRETARIAT)
                && assignments
                        .findByPeriodIdAndUnitIdAndMemberId(periodId, unitId, user.id())
                        .isEmpty()) {
            throw new BusinessRuleException("appraisal.notAssigned");
        }
        return assessments.file(unitId, evidenceId);
    }

    private List<AppraisalItem> withMissingItems(
            long appraisalId, Map<Long, ScoreRule> rules, SubmittedContent content, List<AppraisalItem> stored) {
        Set<Long> present = stored.stream().map(AppraisalItem::getNodeId).collect(Collectors.toSet());
        List<AppraisalItem> missing = new ArrayList<>();
        content.scoreItemIds().forEach((nodeId, scoreItemId) -> {
            ScoreRule rule = rules.get(nodeId);
            if (rule != null && rule.selfScored() && !present.contains(nodeId)) {
                missing.add(new AppraisalItem(appraisalId, scoreItemId, nodeId));
            }
        });
        if (missing.isEmpty()) {
            return stored;
        }
        List<AppraisalItem> all = new ArrayList<>(stored);
        all.addAll(items.saveAll(missing));
        return all;
    }

    static AppraisalLine line(AppraisalItem item, ItemState self, Set<Long> answerEvidence) {
        ItemState unit = self == null ? ItemState.empty(item.getNodeId()) : self;
        return new AppraisalLine(
                item.getId(),
                item.getNodeId(),
                unit.score(),
                unit.note(),
                unit.evidenceIds(),
                unit.updatedBy(),
                unit.updatedAt(),
                item.getAppraisedScore(),
                item.getAppraisedComment(),
                item.isEvidenceInsufficient(),
                item.getAppraisedBy(),
                item.getAppraisedAt(),
                item.getQuestion(),
                item.getAskedBy(),
                item.getAskedAt(),
                item.getAnswer(),
                answerEvidence == null ? Set.of() : Set.copyOf(answerEvidence),
                item.getAnsweredBy(),
                item.getAnsweredAt(),
                item.getExplanationAccepted(),
                item.getFinalScore(),
                item.getFinalBy(),
                item.getFinalAt(),
                item.getVersion());
    }

    /** What a change needs: the locked appraisal's context, the caller and their areas. */
    private static AuditScope scope(Locked locked) {
        return AuditScope.of(locked.context().getUnitId(), locked.context().getPeriodId());
    }

    private record Locked(AppraisalContext context, String user, Set<Long> areas, CriteriaCatalog catalog) {

        Set<Long> editable(Map<Long, ScoreRule> rules) {
            if (areas.contains(0L)) {
                return rules.keySet();
            }
            // Only members assigned to some areas need the tree to know which items are theirs.
            return AppraisalAccess.editableNodes(areas, rules, catalog.tree(context.getSetId()));
        }
    }

    private Locked lock(long appraisalId, Phase phase) {
        CurrentUser user = currentUser.require();
        AppraisalContext context = appraisals
                .lockContext(appraisalId, user.id())
                .orElseThrow(() -> new BusinessRuleException("appraisal.notFound"));
        Set<Long> areas = context.areas();
        AppraisalAccess.requireAssigned(user, context.getUnitId(), areas);
        AppraisalAccess.requirePhase(Phase.valueOf(context.getPhase()), phase);
        if (context.getNotRanked() != 0) {
            throw new BusinessRuleException("appraisal.notRankedLocked");
        }
        if (AppraisalStatus.valueOf(context.getStatus()) == AppraisalStatus.FINAL) {
            throw new BusinessRuleException("appraisal.alreadyFinal");
        }
        return new Locked(context, user.username(), areas, catalog);
    }

    private Map<Long, AppraisalItem> byNode(long appraisalId) {
        Map<Long, AppraisalItem> byNode = new HashMap<>();
        items.findByAppraisalId(appraisalId).forEach(item -> byNode.put(item.getNodeId(), item));
        return byNode;
    }

    private static AppraisalItem item(Map<Long, AppraisalItem> byNode, Set<Long> editable, long nodeId) {
        AppraisalItem item = byNode.get(nodeId);
        if (item == null) {
            throw new BusinessRuleException("assessment.unknownItem");
        }
        if (!editable.contains(nodeId)) {
            throw new BusinessRuleException("appraisal.notYourItem", "#" + nodeId);
        }
        return item;
    }

    private static void checkVersion(
            AppraisalItem item, long expectedVersion, ScoreRule rule, BigDecimal storedValue, String storedBy) {
        if (item.getVersion() != expectedVersion) {
            throw new BusinessRuleException(
                    "appraisal.conflict",
                    rule.code(),
                    storedValue == null ? "—" : storedValue,
                    storedBy == null ? "?" : storedBy);
        }
    }

    private void flush() {
        try {
            items.flush();
        } catch (OptimisticLockingFailureException raced) {
            throw new ConcurrentEditException();
        }
    }

    private static Object appraised(AppraisalItem item) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("score", item.getAppraisedScore());
        value.put("comment", item.getAppraisedComment());
        value.put("evidenceInsufficient", item.isEvidenceInsufficient());
        return value;
    }

    private static Object finalValue(AppraisalItem item) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("final", item.getFinalScore());
        value.put("explanationAccepted", item.getExplanationAccepted());
        return value;
    }
}
