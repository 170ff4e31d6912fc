package vn.parindex.appraisal;

import java.math.BigDecimal;

/**
 * A unit where an appraiser's deductions stand out: their total deduction on the unit's items against
 * what the other appraisers deducted on average on the same criteria codes, more than two standard
 * deviations (of those others' deductions, added over the items) apart.
 */
public record ConsistencyOutlier(
        String username,
        String fullName,
        long unitId,
        String unitCode,
        String unitName,
        int items,
        BigDecimal deduction,
        BigDecimal othersDeduction,
        BigDecimal standardDeviation) {

    /** How many standard deviations apart (signed: positive when this appraiser deducted more). */
    public BigDecimal deviations() {
        return standardDeviation.signum() == 0
                ? BigDecimal.ZERO
                : deduction.subtract(othersDeduction).divide(standardDeviation, 2, java.math.RoundingMode.HALF_UP);
    }
}
