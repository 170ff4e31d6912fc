package vn.parindex.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import vn.parindex.appraisal.ExplanationRequests;
import vn.parindex.assessment.DueAssessment;
import vn.parindex.organization.UnitSummary;
import vn.parindex.ranking.AreaHeading;
import vn.parindex.ranking.UnitResultRow;
import vn.parindex.ranking.UnitYearIndex;

/**
 * A focal point's own unit at a glance: its published index and rank over the years, its area
 * indices in the latest published year against the block's averages, and what is due now.
 *
 * @param latestPeriodId the newest period in which the unit's block is published, null when none
 * @param latest the unit's row in that publication, null when it took no place
 * @param areas the areas of that publication
 * @param averages block average area index per area node
 */
public record UnitDashboard(
        UnitSummary unit,
        List<UnitYearIndex> history,
        Long latestPeriodId,
        Integer latestYear,
        UnitResultRow latest,
        List<AreaHeading> areas,
        Map<Long, BigDecimal> averages,
        List<DueAssessment> dueAssessments,
        List<ExplanationRequests> dueExplanations) {

    public UnitDashboard {
        history = List.copyOf(history);
        areas = List.copyOf(areas);
        averages = Map.copyOf(averages);
        dueAssessments = List.copyOf(dueAssessments);
        dueExplanations = List.copyOf(dueExplanations);
    }
}
