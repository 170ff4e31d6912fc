package vn.parindex.awards;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import vn.parindex.shared.Locales;
import vn.parindex.shared.ui.Formats;

/** Renders a {@link RuleFinding} in a language with the given translator (a view's or a bundle's). */
public final class FindingText {

    private FindingText() {}

    public static String rule(RuleFinding finding, Locale locale, BiFunction<String, Object[], String> translate) {
        return translate.apply(finding.ruleKey(), arguments(finding.ruleArgs(), locale));
    }

    public static String reason(RuleFinding finding, Locale locale, BiFunction<String, Object[], String> translate) {
        return translate.apply(finding.reasonKey(), arguments(finding.reasonArgs(), locale));
    }

    /** "Passed – rule: reason" or "Failed – rule: reason" (words: the PDF font has no check marks). */
    public static String line(RuleFinding finding, Locale locale, BiFunction<String, Object[], String> translate) {
        return translate.apply(finding.passed() ? "awards.mark.passed" : "awards.mark.failed", new Object[0]) + " – "
                + rule(finding, locale, translate) + ": " + reason(finding, locale, translate);
    }

    static Object[] arguments(List<String> raw, Locale locale) {
        Object[] out = new Object[raw.size()];
        for (int i = 0; i < raw.size(); i++) {
            String value = raw.get(i);
            if (value.startsWith("#")) {
                out[i] = Formats.score(new BigDecimal(value.substring(1)), locale);
            } else if (value.startsWith("@")) {
                String[] names = value.substring(1).split("@", -1);
                out[i] = Locales.pick(locale, names[0], names.length > 1 ? names[1] : names[0]);
            } else {
                out[i] = value;
            }
        }
        return out;
    }
}
