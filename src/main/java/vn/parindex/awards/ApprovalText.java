package vn.parindex.awards;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import vn.parindex.shared.Locales;
import vn.parindex.shared.ui.Formats;

/**
 * The approvals of an award (who proposed, reviewed, submitted and decided it, and a changed award
 * type), frozen in the decision as language-neutral steps and read in any language: one step a line,
 * {@code key|arg|arg}; an argument {@code d:2024-03-22} is a date, {@code @vi@en} a name in both
 * languages. Text stored before this form is shown as it is.
 */
public final class ApprovalText {

    static final String PREFIX = "steps:";

    private ApprovalText() {}

    static String encode(List<List<String>> steps) {
        List<String> lines = new ArrayList<>();
        for (List<String> step : steps) {
            lines.add(String.join(
                    "|",
                    step.stream()
                            .map(a -> a.replace('|', '/').replace('\n', ' '))
                            .toList()));
        }
        return PREFIX + String.join("\n", lines);
    }

    /** The steps in the reader's language, separated by "; ". */
    public static String text(String stored, Locale locale, BiFunction<String, Object[], String> translate) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored == null ? "" : stored;
        }
        List<String> out = new ArrayList<>();
        for (String line : stored.substring(PREFIX.length()).split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\\|", -1);
            Object[] args = new Object[parts.length - 1];
            for (int i = 1; i < parts.length; i++) {
                String a = parts[i];
                if (a.startsWith("d:")) {
                    args[i - 1] = Formats.date(LocalDate.parse(a.substring(2)), locale);
                } else if (a.startsWith("@")) {
                    String[] names = a.substring(1).split("@", -1);
                    args[i - 1] = Locales.pick(locale, names[0], names.length > 1 ? names[1] : names[0]);
                } else {
                    args[i - 1] = a;
                }
            }
            out.add(translate.apply("awards.approval." + parts[0], args));
        }
        return String.join("; ", out);
    }
}
