package vn.parindex.dashboard;

import java.util.List;
import java.util.Map;
import vn.parindex.appraisal.AppraisalStatus;
import vn.parindex.assessment.AssessmentStatus;
import vn.parindex.assessment.OverviewRow;
import vn.parindex.period.PeriodSummary;

/**
 * Where the current period stands for the block: units by self-assessment status, the units past
 * their deadline without submitting, units with open explanation requests and appraisal completion.
 *
 * @param period the current (newest not yet published) period
 * @param units active units of the block in the period
 * @param overdue units not submitted whose effective deadline has passed
 * @param appraisals units by appraisal state
 */
public record CycleProgress(
        PeriodSummary period,
        int units,
        Map<AssessmentStatus, Integer> byStatus,
        List<OverviewRow> overdue,
        Map<AppraisalStatus, Integer> appraisals,
        int openExplanations,
        int appraisalsFinal) {

    public CycleProgress {
        byStatus = Map.copyOf(byStatus);
        overdue = List.copyOf(overdue);
        appraisals = Map.copyOf(appraisals);
    }
}
