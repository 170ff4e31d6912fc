package vn.parindex.appraisal;

import java.math.BigDecimal;

/**
 * One appraiser's record in a period. A deduction is the self score less the appraised score (a
 * raise is a negative deduction); the average is over every item they reviewed.
 */
public record AppraiserStats(
        String username,
        String fullName,
        int units,
        int itemsReviewed,
        int itemsChanged,
        BigDecimal averageDeduction,
        BigDecimal largestDeduction) {

    /** Share of reviewed items whose score the appraiser changed, 0 to 1. */
    public BigDecimal shareChanged() {
        return itemsReviewed == 0
                ? BigDecimal.ZERO
                : BigDecimal.valueOf(itemsChanged)
                        .divide(BigDecimal.valueOf(itemsReviewed), 4, java.math.RoundingMode.HALF_UP);
    }
}
