package vn.parindex.appraisal.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.parindex.appraisal.AppraisalStatus;
import vn.parindex.appraisal.ExplanationsRequested;
import vn.parindex.assessment.AssessmentRef;
import vn.parindex.assessment.ReviewedAssessments;
import vn.parindex.audit.AuditLog;
import vn.parindex.audit.AuditScope;
import vn.parindex.period.PeriodDirectory;
import vn.parindex.period.Phase;
import vn.parindex.period.PhaseChanged;
import vn.parindex.period.UnitDeadlines;

/**
 * Sends the council's questions to the units when the period enters EXPLANATION (in the moving
 * transaction): each unit with open questions is told once, with its own deadline. Moving back to
 * APPRAISAL takes the unanswered requests back.
 */
@Component
class ExplanationDispatch {

    private final AppraisalRepository appraisals;
    private final AppraisalItemRepository items;
    private final ReviewedAssessments assessments;
    private final PeriodDirectory periods;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    ExplanationDispatch(
            AppraisalRepository appraisals,
            AppraisalItemRepository items,
            ReviewedAssessments assessments,
            PeriodDirectory periods,
            AuditLog audit,
            ApplicationEventPublisher events) {
        this.appraisals = appraisals;
        this.items = items;
        this.assessments = assessments;
        this.periods = periods;
        this.audit = audit;
        this.events = events;
    }

    @EventListener
    void on(PhaseChanged change) {
        if (change.to() == Phase.EXPLANATION) {
            send(change.periodId());
        } else if (change.from() == Phase.EXPLANATION && change.to() == Phase.APPRAISAL) {
            appraisalsOf(change.periodId()).forEach(Appraisal::withdrawRequests);
        }
    }

    private void send(long periodId) {
        Map<Long, Long> unitByAssessment = assessments.inPeriod(periodId).stream()
                .collect(Collectors.toMap(AssessmentRef::id, AssessmentRef::unitId));
        List<Appraisal> all = appraisalsOf(periodId);
        if (all.isEmpty()) {
            return;
        }
        Map<Long, Long> openByAppraisal =
                items.findByAppraisalIdIn(all.stream().map(Appraisal::getId).toList()).stream()
                        .filter(AppraisalItem::asked)
                        .filter(item -> !item.answered())
                        .collect(Collectors.groupingBy(AppraisalItem::getAppraisalId, Collectors.counting()));
        UnitDeadlines deadlines = periods.unitDeadlines(periodId, Phase.EXPLANATION);
        for (Appraisal appraisal : all) {
            long open = openByAppraisal.getOrDefault(appraisal.getId(), 0L);
            boolean waiting = appraisal.getStatus() == AppraisalStatus.NOT_STARTED
                    || appraisal.getStatus() == AppraisalStatus.IN_PROGRESS;
            if (open == 0 || !waiting || appraisal.isNotRanked()) {
                continue;
            }
            long unitId = unitByAssessment.get(appraisal.getAssessmentId());
            appraisal.requestExplanations();
            audit.record(
                    AuditScope.of(unitId, periodId),
                    "EXPLANATIONS_SENT",
                    "APPRAISAL",
                    appraisal.getId(),
                    Map.of("status", appraisal.getStatus()),
                    Map.of("unit", unitId, "items", open));
            events.publishEvent(new ExplanationsRequested(
                    periodId, unitId, (int) open, deadlines.forUnit(unitId).deadline()));
        }
        appraisals.flush();
    }

    private List<Appraisal> appraisalsOf(long periodId) {
        List<Long> ids =
                assessments.inPeriod(periodId).stream().map(AssessmentRef::id).toList();
        return ids.isEmpty() ? List.of() : appraisals.findByAssessmentIdIn(ids);
    }
}
