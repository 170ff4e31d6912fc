package vn.parindex.shared.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Locale-aware display of numbers and dates: 92,86 in Vietnamese, 92.86 in English. */
public final class Formats {

    public static final ZoneId PORTAL_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private Formats() {}

    /** A score with exactly two decimals. */
    public static String score(BigDecimal value, Locale locale) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value.setScale(2, RoundingMode.HALF_UP));
    }

    /** A number with only the decimals it needs (1,5 or 1.5), for editing. */
    public static String plainNumber(BigDecimal value, Locale locale) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(false);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : datePattern(locale).format(date);
    }

    public static String dateTime(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern(datePatternText(locale) + " HH:mm", locale)
                .format(instant.atZone(PORTAL_ZONE));
    }

    private static DateTimeFormatter datePattern(Locale locale) {
        return "vi".equals(locale.getLanguage())
                ? DateTimeFormatter.ofPattern("dd/MM/yyyy", locale)
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    private static String datePatternText(Locale locale) {
        return "vi".equals(locale.getLanguage()) ? "dd/MM/yyyy" : "d MMM yyyy";
    }
}
