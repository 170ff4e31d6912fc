package vn.parindex.assessment;

import jakarta.annotation.security.PermitAll;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.assessment.internal.AssessmentState;
import vn.parindex.assessment.internal.AssessmentTotals;
import vn.parindex.assessment.internal.AssessmentWindow;
import vn.parindex.assessment.internal.EvidenceActivity;
import vn.parindex.assessment.internal.EvidenceRepository;
import vn.parindex.assessment.internal.ItemLink;
import vn.parindex.assessment.internal.ItemWithAssessment;
import vn.parindex.assessment.internal.Requirements;
import vn.parindex.assessment.internal.ScoreItem;
import vn.parindex.assessment.internal.ScoreItemRepository;
import vn.parindex.assessment.internal.SelfAssessment;
import vn.parindex.assessment.internal.SelfAssessmentRepository;
import vn.parindex.audit.AuditLog;
import vn.parindex.audit.AuditScope;
import vn.parindex.criteria.CriteriaCatalog;
import vn.parindex.criteria.CriteriaSetRef;
import vn.parindex.criteria.CriteriaTree;
import vn.parindex.criteria.ScoreRule;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.organization.UnitSummary;
import vn.parindex.period.PeriodDirectory;
import vn.parindex.period.PeriodSummary;
import vn.parindex.period.Phase;
import vn.parindex.period.UnitDeadline;
import vn.parindex.period.UnitDeadlines;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.CurrentUserService;
import vn.parindex.security.Role;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.ConcurrentEditException;
import vn.parindex.shared.TextLimits;

/**
 * Units' self-assessments: the sheet, saving scores and notes, submission, and the secretariat's
 * overview and return. A focal point reaches only their own unit, whatever id is sent.
 */
@Service
@RolesAllowed({Role.Names.FOCAL_POINT, Role.Names.SECRETARIAT})
public class SelfAssessments {

    private final SelfAssessmentRepository assessments;
    private final ScoreItemRepository items;
    private final EvidenceRepository evidence;
    private final CriteriaCatalog catalog;
    private final PeriodDirectory periods;
    private final OrganizationDirectory organization;
    private final CurrentUserService currentUser;
    private final AssessmentWindow window;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SelfAssessments(
            SelfAssessmentRepository assessments,
            ScoreItemRepository items,
            EvidenceRepository evidence,
            CriteriaCatalog catalog,
            PeriodDirectory periods,
            OrganizationDirectory organization,
            CurrentUserService currentUser,
            AssessmentWindow window,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.assessments = assessments;
        this.items = items;
        this.evidence = evidence;
        this.catalog = catalog;
        this.periods = periods;
        this.organization = organization;
        this.currentUser = currentUser;
        this.window = window;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The unit whose sheets the caller may open, or null when the secretariat may open every unit's.
     * A focal point's rights stay on their own unit whatever other role they hold.
     */
    @Transactional(readOnly = true)
    public Long sheetScope() {
        return currentUser.unitScope(Role.SECRETARIAT);
    }

    /** Periods whose self-assessment has opened, newest first. */
    @Transactional(readOnly = true)
    public List<PeriodSummary> periods() {
        return periods.periods().stream()
                .filter(period -> period.phase().isAtLeast(Phase.SELF_ASSESSMENT))
                .toList();
    }

    /**
     * A unit's sheet for a period. When the unit's own focal point opens it while it is open, the
     * assessment and an item per component are created, so later saves only update rows.
     */
    @Transactional
    public Sheet sheet(long periodId, long unitId) {
        return compose(periods.period(periodId), unitId, true);
    }

    /**
     * Saves scores and notes all together or not at all. Every value is checked against the
     * component's rule, and an item someone else changed since the user read it is refused with the
     * value now stored. Returns how many items changed.
     */
    @Transactional
    @RolesAllowed(Role.Names.FOCAL_POINT)
    public int save(long assessmentId, List<ItemChange> changes) {
        List<ItemWithAssessment> rows = items.withAssessment(assessmentId);
        SelfAssessment assessment =
                rows.isEmpty() ? findForUpdate(assessmentId) : rows.get(0).assessment();
        window.requireEditable(assessment);
        Map<Long, ScoreRule> rules = catalog.scoreRules(assessment.getSetId(), assessment.getUnitId());
        Map<Long, ScoreItem> byNode = new HashMap<>();
        rows.forEach(row -> byNode.put(row.item().getNodeId(), row.item()));

        for (ItemChange change : changes) {
            ScoreRule rule = rules.get(change.nodeId());
            if (rule == null) {
                throw new BusinessRuleException("assessment.unknownItem");
            }
            rule.problemWith(change.score()).ifPresent(problem -> {
                throw problem;
            });
            if (!rule.applicable()) {
                // What was entered before the item stopped applying may only be cleared.
                if (change.note() != null && !change.note().isBlank()) {
                    throw new BusinessRuleException("score.notApplicable", rule.code());
                }
            } else if (!rule.selfScored()) {
                // Not even a note or a cleared score on survey items.
                throw new BusinessRuleException("assessment.unknownItem");
            }
            if (change.note() != null && change.note().strip().length() > TextLimits.NOTE) {
                throw new BusinessRuleException("assessment.noteTooLong", rule.code(), TextLimits.NOTE);
            }
            ScoreItem stored = byNode.get(change.nodeId());
            long storedVersion = stored == null ? 0 : stored.getVersion();
            if (storedVersion != change.expectedVersion()) {
                throw new BusinessRuleException(
                        "assessment.conflict",
                        rule.code(),
                        stored == null || stored.getSelfScore() == null ? "—" : stored.getSelfScore(),
                        stored == null || stored.getUpdatedBy() == null ? "?" : stored.getUpdatedBy());
            }
        }

        Instant now = Instant.now(clock);
        String username = currentUser.require().username();
        Map<String, AuditedValue> before = new LinkedHashMap<>();
        Map<String, AuditedValue> after = new LinkedHashMap<>();
        List<ScoreItem> created = new ArrayList<>();
        for (ItemChange change : changes) {
            ScoreItem item = byNode.get(change.nodeId());
            if (item == null) {
                item = new ScoreItem(assessmentId, assessment.getSetId(), change.nodeId());
                byNode.put(change.nodeId(), item);
                created.add(item);
            }
            AuditedValue old = new AuditedValue(item.getSelfScore(), item.getNote());
            if (item.change(change.score(), change.note(), username, now)) {
                String code = rules.get(change.nodeId()).code();
                before.put(code, old);
                after.put(code, new AuditedValue(item.getSelfScore(), item.getNote()));
            }
        }
        if (after.isEmpty()) {
            return 0;
        }
        items.saveAll(created);
        try {
            items.flush();
        } catch (OptimisticLockingFailureException raced) {
            throw new ConcurrentEditException();
        }
        audit.record(scope(assessment), "SELF_SCORES_SAVED", "SELF_ASSESSMENT", assessmentId, before, after);
        return after.size();
    }

    /**
     * Submits the assessment once every applicable component is scored and every evidence-required
     * one has evidence or a note; locks it and records who submitted when.
     */
    @Transactional
    @RolesAllowed(Role.Names.FOCAL_POINT)
    public void submit(long assessmentId, long expectedVersion) {
        SelfAssessment assessment = findForUpdate(assessmentId);
        window.requireEditable(assessment);
        ConcurrentEditException.check(assessment.getVersion(), expectedVersion);
        Map<Long, ScoreRule> rules = catalog.scoreRules(assessment.getSetId(), assessment.getUnitId());
        Map<Long, ItemState> states = states(assessmentId);
        List<SubmissionBlocker> blockers = Progress.blockers(rules.values(), states);
        if (!blockers.isEmpty()) {
            throw new BusinessRuleException("assessment.submit.blocked", blockers.size());
        }
        Progress progress = Progress.of(rules.values(), states);
        assessment.submit(currentUser.require().username(), Instant.now(clock));
        audit.record(
                scope(assessment),
                assessment.getWithdrawnAt() == null ? "SELF_ASSESSMENT_SUBMITTED" : "SELF_ASSESSMENT_RESUBMITTED",
                "SELF_ASSESSMENT",
                assessmentId,
                Map.of("status", AssessmentStatus.IN_PROGRESS),
                Map.of("status", AssessmentStatus.SUBMITTED, "scored", progress.scored()));
    }

    /**
     * The unit's own focal point takes its submission back to correct it, while the period is in
     * SELF_ASSESSMENT and before the unit's deadline (extensions included); it submits again later.
     */
    @Transactional
    @RolesAllowed(Role.Names.FOCAL_POINT)
    public void withdraw(long assessmentId, long expectedVersion) {
        SelfAssessment assessment = findForUpdate(assessmentId);
        currentUser.checkUnitAccess(assessment.getUnitId());
        ConcurrentEditException.check(assessment.getVersion(), expectedVersion);
        if (!assessment.submitted()) {
            throw new BusinessRuleException("assessment.withdraw.notSubmitted");
        }
        UnitDeadline deadline =
                periods.unitDeadline(assessment.getPeriodId(), assessment.getUnitId(), Phase.SELF_ASSESSMENT);
        String reason = window.lockReason(assessment.getUnitId(), deadline, false);
        if (reason != null) {
            throw new BusinessRuleException(
                    "assessment.lock.deadlinePassed".equals(reason) ? "assessment.withdraw.tooLate" : reason);
        }
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("status", AssessmentStatus.SUBMITTED);
        before.put("submittedBy", assessment.getSubmittedBy());
        before.put("submittedAt", assessment.getSubmittedAt());
        assessment.withdraw(currentUser.require().username(), Instant.now(clock));
        audit.record(
                scope(assessment),
                "SELF_ASSESSMENT_WITHDRAWN",
                "SELF_ASSESSMENT",
                assessmentId,
                before,
                Map.of("status", AssessmentStatus.IN_PROGRESS));
    }

    /**
     * The unit confirms an item marked for re-check as it stands, after the secretariat changed the
     * component's rule or applicability: refused with the rule's reason while the stored score is not
     * allowed any more (the unit must correct it instead).
     */
    @Transactional
    @RolesAllowed(Role.Names.FOCAL_POINT)
    public void reconfirm(long assessmentId, long nodeId, long expectedVersion) {
        SelfAssessment assessment = findForUpdate(assessmentId);
        window.requireEditable(assessment);
        ScoreRule rule = catalog.scoreRules(assessment.getSetId(), assessment.getUnitId())
                .get(nodeId);
        ScoreItem item = items.findByAssessmentIdAndNodeId(assessmentId, nodeId)
                .orElseThrow(() -> new BusinessRuleException("assessment.unknownItem"));
        if (rule == null) {
            throw new BusinessRuleException("assessment.unknownItem");
        }
        ConcurrentEditException.check(item.getVersion(), expectedVersion);
        if (!item.needsRecheck()) {
            return;
        }
        if (rule.applicable()) {
            rule.problemWith(item.getSelfScore()).ifPresent(problem -> {
                throw problem;
            });
        }
        item.reconfirm(currentUser.require().username(), Instant.now(clock));
        try {
            items.flush();
        } catch (OptimisticLockingFailureException raced) {
            throw new ConcurrentEditException();
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("code", rule.code());
        after.put("score", item.getSelfScore());
        after.put("recheck", false);
        audit.record(
                scope(assessment),
                "SCORE_ITEM_RECONFIRMED",
                "SELF_ASSESSMENT",
                assessmentId,
                Map.of("recheck", true),
                after);
    }

    /**
     * Gives a submitted assessment back to its unit with the reason, while appraisal has not started;
     * publishes {@link AssessmentReturned}.
     */
    @Transactional
    @RolesAllowed(Role.Names.SECRETARIAT)
    public void returnToUnit(long assessmentId, long expectedVersion, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("assessment.return.reasonRequired");
        }
        if (reason.strip().length() > TextLimits.REASON) {
            throw new BusinessRuleException("field.tooLong");
        }
        SelfAssessment assessment = findForUpdate(assessmentId);
        ConcurrentEditException.check(assessment.getVersion(), expectedVersion);
        if (!assessment.submitted()) {
            throw new BusinessRuleException("assessment.return.notSubmitted");
        }
        UnitDeadline deadline =
                periods.unitDeadline(assessment.getPeriodId(), assessment.getUnitId(), Phase.SELF_ASSESSMENT);
        if (deadline.periodPhase() != Phase.SELF_ASSESSMENT) {
            throw new BusinessRuleException("assessment.return.tooLate");
        }
        // A unit given back its sheet must be able to resubmit it.
        if (!deadline.openOn(Phase.SELF_ASSESSMENT, window.today())) {
            throw new BusinessRuleException("assessment.return.deadlinePassed");
        }
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("status", AssessmentStatus.SUBMITTED);
        before.put("submittedBy", assessment.getSubmittedBy());
        before.put("submittedAt", assessment.getSubmittedAt());
        String cleanReason = reason.strip();
        assessment.returnToUnit(currentUser.require().username(), Instant.now(clock), cleanReason);
        audit.record(
                scope(assessment),
                "SELF_ASSESSMENT_RETURNED",
                "SELF_ASSESSMENT",
                assessmentId,
                before,
                Map.of("status", AssessmentStatus.IN_PROGRESS, "reason", cleanReason));
        events.publishEvent(new AssessmentReturned(assessment.getPeriodId(), assessment.getUnitId(), cleanReason));
    }

    /**
     * Every unit with a criteria set in the period: status, share scored, evidence missing, the
     * self-assessed total over what applies, items marked for re-check, effective deadline. The
     * items are added up by the database: a constant number of statements, and memory that grows
     * with the units listed, never with their items.
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.ADMIN})
    public List<OverviewRow> overview(long periodId) {
        UnitDeadlines deadlines = periods.unitDeadlines(periodId, Phase.SELF_ASSESSMENT);
        Map<Long, Requirements> requirementsByBlock = new HashMap<>();
        for (CriteriaSetRef set : catalog.sets(periodId)) {
            requirementsByBlock.put(set.blockId(), Requirements.of(catalog.tree(set.setId())));
        }
        Map<Long, AssessmentState> byUnit = assessments.statesInPeriod(periodId).stream()
                .collect(Collectors.toMap(AssessmentState::unitId, Function.identity()));
        Map<Long, AssessmentTotals> totals = items.totalsInPeriod(periodId).stream()
                .collect(Collectors.toMap(AssessmentTotals::assessmentId, Function.identity()));
        Map<Long, EvidenceActivity> evidenceByUnit = evidence.activityInPeriod(periodId).stream()
                .collect(Collectors.toMap(EvidenceActivity::unitId, Function.identity()));

        List<OverviewRow> rows = new ArrayList<>();
        for (UnitSummary unit : organization.units()) {
            Requirements requirements = requirementsByBlock.get(unit.blockId());
            if (requirements == null || !unit.active()) {
                continue;
            }
            AssessmentState assessment = byUnit.get(unit.id());
            AssessmentTotals sums = assessment == null ? null : totals.get(assessment.id());
            EvidenceActivity library = evidenceByUnit.get(unit.id());
            int scored = sums == null ? 0 : (int) sums.scored();
            int covered = sums == null ? 0 : (int) sums.evidenceCovered();
            int evidenceMissing = Math.max(0, requirements.needingEvidence(unit.id()) - covered);
            Progress progress = new Progress(scored, requirements.components(unit.id()), evidenceMissing);
            AssessmentStatus status = assessment != null && assessment.submitted()
                    ? AssessmentStatus.SUBMITTED
                    : (sums != null && sums.entered() > 0) || library != null
                            ? AssessmentStatus.IN_PROGRESS
                            : AssessmentStatus.NOT_STARTED;
            UnitDeadline deadline = deadlines.forUnit(unit.id());
            rows.add(new OverviewRow(
                    unit,
                    assessment == null ? null : assessment.id(),
                    assessment == null ? 0 : assessment.version(),
                    status,
                    progress,
                    sums == null ? BigDecimal.ZERO : sums.total(),
                    sums == null ? 0 : (int) sums.marked(),
                    latest(
                            sums == null ? null : sums.lastUpdated(),
                            library == null ? null : library.lastAdded(),
                            assessment == null ? null : assessment.submittedAt()),
                    deadline.deadline(),
                    deadline.extended(),
                    assessment == null ? null : assessment.submittedAt(),
                    assessment == null ? null : assessment.withdrawnAt()));
        }
        return rows;
    }

    /**
     * The overview's rows of one block, for the dashboards' cycle progress: the readers of every unit
     * (council, leaders) see where the block stands without the overview's actions. Same statements
     * as {@link #overview}.
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.COUNCIL_MEMBER, Role.Names.LEADER, Role.Names.ADMIN})
    public List<OverviewRow> blockOverview(long periodId, long blockId) {
        return overview(periodId).stream()
                .filter(row -> row.unit().blockId() == blockId)
                .toList();
    }

    /** For a focal point's home page: their unit's self-assessments now open, newest first. */
    @Transactional(readOnly = true)
    // Any signed-in user: @PermitAll lifts the class-level roles, @PreAuthorize still needs a sign-in.
    @PermitAll
    @PreAuthorize("isAuthenticated()")
    public List<DueAssessment> dueForCurrentUser() {
        CurrentUser user = currentUser.require();
        if (!user.hasRole(Role.FOCAL_POINT) || user.unitId() == null) {
            return List.of();
        }
        long blockId = organization.unit(user.unitId()).blockId();
        return periods.periods().stream()
                .filter(period -> period.phase() == Phase.SELF_ASSESSMENT)
                .filter(period -> catalog.set(period.id(), blockId).isPresent())
                .map(period -> {
                    Sheet sheet = compose(period, user.unitId(), false);
                    return new DueAssessment(
                            period,
                            sheet.deadline(),
                            sheet.daysLeft() == null ? 0 : sheet.daysLeft(),
                            sheet.status(),
                            sheet.progress());
                })
                .toList();
    }

    private Sheet compose(PeriodSummary period, long unitId, boolean startWhenEditable) {
        currentUser.checkUnitAccess(unitId, Role.SECRETARIAT);
        UnitSummary unit = organization.unit(unitId);
        UnitDeadline deadline = periods.unitDeadline(period.id(), unitId, Phase.SELF_ASSESSMENT);
        CriteriaSetRef set = catalog.set(period.id(), unit.blockId())
                .orElseThrow(() -> new BusinessRuleException("assessment.noCriteria"));
        CriteriaTree tree = catalog.tree(set.setId());
        Map<Long, ScoreRule> rules = tree.scoreRules(unitId);
        SelfAssessment assessment =
                assessments.findByPeriodIdAndUnitId(period.id(), unitId).orElse(null);
        String lockReason = window.lockReason(unitId, deadline, assessment != null && assessment.submitted());
        List<ScoreItem> stored = assessment == null ? List.of() : items.findByAssessmentId(assessment.getId());
        if (startWhenEditable && lockReason == null) {
            if (assessment == null) {
                assessment = assessments.save(new SelfAssessment(period.id(), unitId, set.setId(), Instant.now(clock)));
            }
            stored = withMissingItems(assessment.getId(), assessment.getSetId(), rules, stored);
        }
        Map<Long, Set<Long>> links = assessment == null ? Map.of() : links(assessment.getId());
        Map<Long, ItemState> states = toStates(stored, links);
        Map<Long, Integer> uses = new HashMap<>();
        links.values().forEach(ids -> ids.forEach(id -> uses.merge(id, 1, Integer::sum)));
        List<EvidenceSummary> library =
                evidence.findByPeriodIdAndUnitIdOrderByAddedAtDescIdDesc(period.id(), unitId).stream()
                        .map(entry -> entry.toSummary(uses.getOrDefault(entry.getId(), 0)))
                        .toList();
        return new Sheet(
                assessment == null ? null : assessment.getId(),
                assessment == null ? 0 : assessment.getVersion(),
                period,
                unit,
                deadline.deadline(),
                window.today(),
                status(assessment, stored, !library.isEmpty()),
                lockReason,
                assessment == null ? null : assessment.getSubmittedBy(),
                assessment == null ? null : assessment.getSubmittedAt(),
                assessment == null ? null : assessment.getReturnedReason(),
                tree,
                rules,
                states,
                library);
    }

    private List<ScoreItem> withMissingItems(
            long assessmentId, long setId, Map<Long, ScoreRule> rules, List<ScoreItem> stored) {
        Set<Long> present = stored.stream().map(ScoreItem::getNodeId).collect(Collectors.toSet());
        List<ScoreItem> missing = rules.values().stream()
                .filter(ScoreRule::selfScored)
                .filter(rule -> !present.contains(rule.nodeId()))
                .map(rule -> new ScoreItem(assessmentId, setId, rule.nodeId()))
                .toList();
        if (missing.isEmpty()) {
            return stored;
        }
        List<ScoreItem> all = new ArrayList<>(stored);
        all.addAll(items.saveAll(missing));
        return all;
    }

    private Map<Long, ItemState> states(long assessmentId) {
        return toStates(items.findByAssessmentId(assessmentId), links(assessmentId));
    }

    private Map<Long, Set<Long>> links(long assessmentId) {
        Map<Long, Set<Long>> links = new HashMap<>();
        for (ItemLink link : items.links(assessmentId)) {
            links.computeIfAbsent(link.nodeId(), key -> new HashSet<>()).add(link.evidenceId());
        }
        return links;
    }

    private static Map<Long, ItemState> toStates(List<ScoreItem> stored, Map<Long, Set<Long>> links) {
        Map<Long, ItemState> states = new HashMap<>();
        for (ScoreItem item : stored) {
            states.put(
                    item.getNodeId(),
                    new ItemState(
                            item.getNodeId(),
                            item.getSelfScore(),
                            item.getNote(),
                            Set.copyOf(links.getOrDefault(item.getNodeId(), Set.of())),
                            item.getUpdatedBy(),
                            item.getUpdatedAt(),
                            item.getVersion(),
                            item.needsRecheck()));
        }
        return states;
    }

    private static AssessmentStatus status(SelfAssessment assessment, List<ScoreItem> stored, boolean hasEvidence) {
        if (assessment != null && assessment.submitted()) {
            return AssessmentStatus.SUBMITTED;
        }
        return hasEvidence || stored.stream().anyMatch(ScoreItem::entered)
                ? AssessmentStatus.IN_PROGRESS
                : AssessmentStatus.NOT_STARTED;
    }

    private static Instant latest(Instant... moments) {
        Instant latest = null;
        for (Instant moment : moments) {
            if (moment != null && (latest == null || moment.isAfter(latest))) {
                latest = moment;
            }
        }
        return latest;
    }

    private SelfAssessment findForUpdate(long assessmentId) {
        return assessments
                .findForUpdate(assessmentId)
                .orElseThrow(() -> new BusinessRuleException("assessment.notFound"));
    }

    /** A score and note as the audit trail keeps them. */
    record AuditedValue(BigDecimal score, String note) {}

    /** The unit and period of an assessment's audit events, for the audit viewer's filters. */
    private static AuditScope scope(SelfAssessment assessment) {
        return AuditScope.of(assessment.getUnitId(), assessment.getPeriodId());
    }
}
