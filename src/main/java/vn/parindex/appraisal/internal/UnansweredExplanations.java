package vn.parindex.appraisal.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.appraisal.AppraisalStatus;
import vn.parindex.assessment.AssessmentRef;
import vn.parindex.assessment.ReviewedAssessments;
import vn.parindex.period.OutstandingWork;
import vn.parindex.period.PendingWork;
import vn.parindex.period.PeriodDirectory;
import vn.parindex.period.Phase;

/**
 * While a period is in EXPLANATION, every unit whose requests reached it and whose answers are not
 * submitted still has work (the deadline reminders read this). Three statements whatever the number
 * of units.
 */
@Component
class UnansweredExplanations implements PendingWork {

    private final PeriodDirectory periods;
    private final ReviewedAssessments assessments;
    private final AppraisalRepository appraisals;

    UnansweredExplanations(PeriodDirectory periods, ReviewedAssessments assessments, AppraisalRepository appraisals) {
        this.periods = periods;
        this.assessments = assessments;
        this.appraisals = appraisals;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OutstandingWork> outstanding(long periodId) {
        if (periods.period(periodId).phase() != Phase.EXPLANATION) {
            return List.of();
        }
        Map<Long, Long> unitByAssessment = assessments.inPeriod(periodId).stream()
                .collect(Collectors.toMap(AssessmentRef::id, AssessmentRef::unitId));
        if (unitByAssessment.isEmpty()) {
            return List.of();
        }
        return appraisals.findByAssessmentIdIn(unitByAssessment.keySet()).stream()
                .filter(appraisal -> appraisal.getStatus() == AppraisalStatus.EXPLANATION_REQUESTED)
                .map(appraisal ->
                        new OutstandingWork(unitByAssessment.get(appraisal.getAssessmentId()), Phase.EXPLANATION))
                .toList();
    }
}
