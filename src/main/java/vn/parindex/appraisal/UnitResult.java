package vn.parindex.appraisal;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A unit's appraisal outcome in a period, for the vote and the ranking: its state and the final score
 * of every appraised item by criteria node.
 *
 * @param assessmentId null when the unit never opened its self-assessment
 */
public record UnitResult(
        long unitId,
        Long assessmentId,
        AppraisalStatus status,
        boolean notRanked,
        String notRankedReason,
        Map<Long, BigDecimal> finalScores) {

    /** Counts as done for the vote: final, or not ranked. */
    public boolean done() {
        return status == AppraisalStatus.FINAL || notRanked;
    }
}
