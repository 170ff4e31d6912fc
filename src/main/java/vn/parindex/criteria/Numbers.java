package vn.parindex.criteria;

import java.math.BigDecimal;

/** Points as the secretariat types or imports them: a comma or a point as decimal separator, at most two decimals. */
final class Numbers {

    private Numbers() {}

    /** The number, or null when the text is empty, not a number or has more than two decimals. */
    static BigDecimal parse(String text) {
        try {
            String normalized = text.trim().replace(',', '.');
            if (normalized.isEmpty()) {
                return null;
            }
            BigDecimal value = new BigDecimal(normalized);
            return value.stripTrailingZeros().scale() > 2 ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
