package vn.parindex.appraisal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.appraisal.internal.AnswerEvidence;
import vn.parindex.appraisal.internal.Appraisal;
import vn.parindex.appraisal.internal.AppraisalContext;
import vn.parindex.appraisal.internal.AppraisalItem;
import vn.parindex.appraisal.internal.AppraisalItemRepository;
import vn.parindex.appraisal.internal.AppraisalRepository;
import vn.parindex.appraisal.internal.Assignment;
import vn.parindex.appraisal.internal.AssignmentRepository;
import vn.parindex.assessment.AssessmentRef;
import vn.parindex.assessment.EvidenceSummary;
import vn.parindex.assessment.ItemState;
import vn.parindex.assessment.ReviewedAssessments;
import vn.parindex.assessment.SubmittedContent;
import vn.parindex.audit.AuditLog;
import vn.parindex.audit.AuditScope;
import vn.parindex.criteria.CriteriaCatalog;
import vn.parindex.criteria.CriteriaNodeView;
import vn.parindex.criteria.CriteriaTree;
import vn.parindex.period.PeriodDirectory;
import vn.parindex.period.PeriodSummary;
import vn.parindex.period.Phase;
import vn.parindex.period.UnitDeadline;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.CurrentUserService;
import vn.parindex.security.Role;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.ConcurrentEditException;
import vn.parindex.shared.TextLimits;

/**
 * The unit's side of the explanation round: its focal point reads the council's questions and
 * comments, answers each with text and evidence from the unit's library while the period is in
 * EXPLANATION and before the unit's deadline (extensions included), and submits the answers once.
 * A focal point reaches only their own unit, whatever id is sent.
 */
@Service
@RolesAllowed(Role.Names.FOCAL_POINT)
public class Explanations {

    private final AppraisalRepository appraisals;
    private final AppraisalItemRepository items;
    private final AssignmentRepository assignments;
    private final ReviewedAssessments assessments;
    private final CriteriaCatalog catalog;
    private final PeriodDirectory periods;
    private final CurrentUserService currentUser;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Explanations(
            AppraisalRepository appraisals,
            AppraisalItemRepository items,
            AssignmentRepository assignments,
            ReviewedAssessments assessments,
            CriteriaCatalog catalog,
            PeriodDirectory periods,
            CurrentUserService currentUser,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.appraisals = appraisals;
        this.items = items;
        this.assignments = assignments;
        this.assessments = assessments;
        this.catalog = catalog;
        this.periods = periods;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The questions and comments addressed to the caller's unit in a period, once they reached it
     * (the period is in EXPLANATION or later); appraised and final scores only once published.
     */
    @Transactional(readOnly = true)
    public Optional<ExplanationRequests> requests(long periodId) {
        long unitId = ownUnit();
        PeriodSummary period = periods.period(periodId);
        if (!period.phase().isAtLeast(Phase.EXPLANATION)) {
            return Optional.empty();
        }
        Optional<AssessmentRef> ref = assessments.of(periodId, unitId);
        Optional<Appraisal> appraisal = ref.flatMap(found -> appraisals.findByAssessmentId(found.id()));
        if (appraisal.isEmpty()) {
            return Optional.empty();
        }
        SubmittedContent content = assessments.content(ref.get().id());
        CriteriaTree tree = catalog.tree(ref.get().setId());
        boolean published = period.phase().isAtLeast(Phase.PUBLISHED);
        Map<Long, Set<Long>> answerEvidence = answerEvidence(appraisal.get().getId());
        Map<Long, AppraisalItem> byNode = new HashMap<>();
        items.findByAppraisalId(appraisal.get().getId()).forEach(item -> byNode.put(item.getNodeId(), item));
        List<ExplanationItem> lines = new ArrayList<>();
        for (CriteriaNodeView node : tree.allNodes()) {
            AppraisalItem item = byNode.get(node.id());
            if (item == null || (item.getQuestion() == null && item.getAppraisedComment() == null && !published)) {
                continue;
            }
            ItemState self = content.items().get(node.id());
            lines.add(new ExplanationItem(
                    node.id(),
                    node.code(),
                    node.nameVi(),
                    node.nameEn(),
                    self == null ? null : self.score(),
                    item.getQuestion(),
                    item.getAskedAt(),
                    item.getAppraisedComment(),
                    item.getAnswer(),
                    answerEvidence.getOrDefault(item.getId(), Set.of()),
                    item.getAnsweredBy(),
                    item.getAnsweredAt(),
                    published ? item.getAppraisedScore() : null,
                    published ? item.getFinalScore() : null,
                    item.getVersion()));
        }
        UnitDeadline deadline = periods.unitDeadline(periodId, unitId, Phase.EXPLANATION);
        Appraisal found = appraisal.get();
        return Optional.of(new ExplanationRequests(
                found.getId(),
                found.getVersion(),
                period,
                unitId,
                found.getStatus(),
                deadline.deadline(),
                lockReason(found.getStatus(), deadline),
                found.getAnswersSubmittedBy(),
                found.getAnswersSubmittedAt(),
                lines,
                content.library()));
    }

    /** Answers one question with text and evidence from the unit's own library. */
    @Transactional
    public void answer(long appraisalId, long nodeId, long expectedVersion, String text, Set<Long> evidenceIds) {
        AppraisalContext context = lockOwn(appraisalId);
        if (text == null || text.isBlank()) {
            throw new BusinessRuleException("explanation.answerRequired");
        }
        if (text.strip().length() > TextLimits.NOTE) {
            throw new BusinessRuleException("explanation.answerTooLong", TextLimits.NOTE);
        }
        AppraisalItem item = items.findByAppraisalId(appraisalId).stream()
                .filter(candidate -> candidate.getNodeId() == nodeId)
                .findFirst()
                .orElseThrow(() -> new BusinessRuleException("assessment.unknownItem"));
        if (!item.asked()) {
            throw new BusinessRuleException("explanation.noQuestion");
        }
        if (item.getVersion() != expectedVersion) {
            throw new BusinessRuleException(
                    "explanation.conflict", item.getAnsweredBy() == null ? "?" : item.getAnsweredBy());
        }
        Set<Long> library = assessments.content(context.getAssessmentId()).library().stream()
                .map(EvidenceSummary::id)
                .collect(Collectors.toSet());
        Set<Long> attached = evidenceIds == null ? Set.of() : Set.copyOf(evidenceIds);
        if (!library.containsAll(attached)) {
            throw new BusinessRuleException("explanation.evidenceNotInLibrary");
        }
        String before = item.getAnswer();
        item.answer(text, currentUser.require().username(), Instant.now(clock));
        items.clearAnswerEvidence(item.getId());
        try {
            items.flush();
        } catch (OptimisticLockingFailureException raced) {
            throw new ConcurrentEditException();
        }
        attached.forEach(evidenceId -> entityManagerSave(new AnswerEvidence(item.getId(), evidenceId)));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("answer", item.getAnswer());
        after.put("evidence", attached);
        audit.record(
                AuditScope.of(context.getUnitId(), context.getPeriodId()),
                "EXPLANATION_ANSWERED",
                "APPRAISAL_ITEM",
                item.getId(),
                before,
                after);
    }

    /** Submits the unit's answers once every question is answered; the appraisers are told. */
    @Transactional
    public void submit(long appraisalId, long expectedVersion) {
        AppraisalContext context = lockOwn(appraisalId);
        Appraisal appraisal = appraisals.findById(appraisalId).orElseThrow();
        ConcurrentEditException.check(appraisal.getVersion(), expectedVersion);
        long open = items.findByAppraisalId(appraisalId).stream()
                .filter(AppraisalItem::asked)
                .filter(item -> !item.answered())
                .count();
        if (open > 0) {
            throw new BusinessRuleException("explanation.unanswered", open);
        }
        appraisal.answersSubmitted(currentUser.require().username(), Instant.now(clock));
        appraisals.flush();
        audit.record(
                AuditScope.of(context.getUnitId(), context.getPeriodId()),
                "EXPLANATIONS_SUBMITTED",
                "APPRAISAL",
                appraisalId,
                Map.of("status", AppraisalStatus.EXPLANATION_REQUESTED),
                Map.of("status", AppraisalStatus.EXPLAINED));
        Set<Long> appraisers = assignments.findByPeriodIdAndUnitId(context.getPeriodId(), context.getUnitId()).stream()
                .map(Assignment::getMemberId)
                .collect(Collectors.toSet());
        events.publishEvent(new ExplanationsAnswered(context.getPeriodId(), context.getUnitId(), appraisers));
    }

    /** For a focal point's home page: their unit's open explanation requests, newest period first. */
    @Transactional(readOnly = true)
    // Any signed-in user: @PermitAll lifts the class-level roles, @PreAuthorize still needs a sign-in.
    @PermitAll
    @PreAuthorize("isAuthenticated()")
    public List<ExplanationRequests> dueForCurrentUser() {
        CurrentUser user = currentUser.require();
        if (!user.hasRole(Role.FOCAL_POINT) || user.unitId() == null) {
            return List.of();
        }
        return periods.periods().stream()
                .filter(period -> period.phase() == Phase.EXPLANATION)
                .map(period -> requests(period.id()))
                .flatMap(Optional::stream)
                .filter(requests -> requests.status() == AppraisalStatus.EXPLANATION_REQUESTED)
                .toList();
    }

    @jakarta.persistence.PersistenceContext
    private jakarta.persistence.EntityManager entityManager;

    private void entityManagerSave(AnswerEvidence link) {
        entityManager.persist(link);
    }

    private AppraisalContext lockOwn(long appraisalId) {
        AppraisalContext context = appraisals
                .lockContext(appraisalId, -1)
                .orElseThrow(() -> new BusinessRuleException("appraisal.notFound"));
        // Another unit's request is out of scope whatever id was sent.
        currentUser.checkUnitAccess(context.getUnitId());
        if (Phase.valueOf(context.getPhase()) != Phase.EXPLANATION) {
            throw new BusinessRuleException("appraisal.phase.EXPLANATION");
        }
        UnitDeadline deadline = periods.unitDeadline(context.getPeriodId(), context.getUnitId(), Phase.EXPLANATION);
        String reason = lockReason(AppraisalStatus.valueOf(context.getStatus()), deadline);
        if (reason != null) {
            throw new BusinessRuleException(reason);
        }
        return context;
    }

    private String lockReason(AppraisalStatus status, UnitDeadline deadline) {
        if (status == AppraisalStatus.EXPLAINED || status == AppraisalStatus.FINAL) {
            return "explanation.lock.submitted";
        }
        if (status != AppraisalStatus.EXPLANATION_REQUESTED) {
            return "explanation.lock.notRequested";
        }
        if (!deadline.openOn(Phase.EXPLANATION, LocalDate.now(clock))) {
            return deadline.periodPhase() == Phase.EXPLANATION
                    ? "explanation.lock.deadlinePassed"
                    : "explanation.lock.closed";
        }
        return null;
    }

    private Map<Long, Set<Long>> answerEvidence(long appraisalId) {
        Map<Long, Set<Long>> byItem = new HashMap<>();
        for (AnswerEvidence link : items.answerEvidence(appraisalId)) {
            byItem.computeIfAbsent(link.getAppraisalItemId(), key -> new HashSet<>())
                    .add(link.getEvidenceId());
        }
        return byItem;
    }

    private long ownUnit() {
        Long unitId = currentUser.unitScope();
        if (unitId == null) {
            throw new BusinessRuleException("explanation.noUnit");
        }
        return unitId;
    }
}
