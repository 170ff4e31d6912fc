package vn.parindex.ranking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A unit's points against the maximum that applies to it. The index is what ranks units:
 *
 * <ul>
 *   <li>index % = total / applicable maximum x 100, rounded half up to two decimals, the value the
 *       province publishes (92.86); ranking compares these published values, so units that show the
 *       same index share a place;
 *   <li>adjustment lines (bonus, late-report penalty) can push the total below 0 or above the
 *       applicable maximum: the total is kept as computed, the index is held within 0 to 100 so a
 *       bonus never publishes an index above 100 %;
 *   <li>a unit with no applicable maximum (everything not applicable) has no index and is not ranked.
 * </ul>
 */
public record ResultIndex(BigDecimal total, BigDecimal applicableMaximum) {

    public static final int SCALE = 2;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public ResultIndex {
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(applicableMaximum, "applicableMaximum");
        if (applicableMaximum.signum() < 0) {
            throw new IllegalArgumentException("negative applicable maximum " + applicableMaximum);
        }
    }

    public boolean hasIndex() {
        return applicableMaximum.signum() > 0;
    }

    /** The published index %, two decimals, within 0 and 100. */
    public BigDecimal index() {
        if (!hasIndex()) {
            throw new IllegalStateException("no applicable maximum: the unit has no index");
        }
        // Divide with headroom first, then round once: rounding twice could move a .xx5 boundary.
        BigDecimal exact = total.multiply(HUNDRED).divide(applicableMaximum, SCALE + 10, RoundingMode.HALF_UP);
        BigDecimal held = exact.max(BigDecimal.ZERO).min(HUNDRED);
        return held.setScale(SCALE, RoundingMode.HALF_UP);
    }
}
