package vn.parindex.appraisal;

import java.math.BigDecimal;

/**
 * A unit's draft result in its block: final scores of what applies (survey excluded), survey
 * points, adjustment lines, their total, and the maximum of what applies to the unit.
 */
public record BlockResultRow(
        long unitId,
        String unitCode,
        String unitName,
        boolean notRanked,
        BigDecimal finalScores,
        BigDecimal survey,
        BigDecimal adjustments,
        BigDecimal total,
        BigDecimal applicableMaximum) {}
