package vn.parindex.assessment;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import vn.parindex.shared.BusinessRuleException;

/**
 * Reads a score as typed. Scores stay below a thousand, so either a comma or a point is taken as
 * the decimal separator ("1,5" and "1.5" are the same); anything else is refused with a reason.
 */
public final class ScoreInput {

    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d{1,4}([.,]\\d+)?");

    private ScoreInput() {}

    /** The value typed, or null for an empty field (no score). */
    public static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        String lower = value.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("nan") || lower.contains("inf") || value.contains("∞")) {
            throw new BusinessRuleException("score.notFinite");
        }
        if (!NUMBER.matcher(value).matches()) {
            throw new BusinessRuleException("score.notNumber", value);
        }
        return new BigDecimal(value.replace(',', '.'));
    }
}
