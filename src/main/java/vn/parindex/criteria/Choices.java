package vn.parindex.criteria;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads and writes the allowed values of a CHOICES component as text: "value=description" entries
 * in each language, separated by "|" (the published table) or by line breaks (the form), the
 * English ones optional but, where given, with the same values in the same order.
 */
public final class Choices {

    private Choices() {}

    /** The choices, or empty when the text is not a list of choices (nothing in Vietnamese included). */
    public static Optional<List<Choice>> parse(String vietnamese, String english) {
        List<String> vi = entries(vietnamese);
        List<String> en = entries(english);
        if (vi.isEmpty()) {
            return Optional.empty();
        }
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < vi.size(); i++) {
            String[] pair = vi.get(i).split("=", 2);
            BigDecimal value = pair.length == 2 ? Numbers.parse(pair[0]) : null;
            if (value == null) {
                return Optional.empty();
            }
            String description = pair[1].trim();
            String translation = description;
            if (i < en.size()) {
                String[] enPair = en.get(i).split("=", 2);
                BigDecimal enValue = enPair.length == 2 ? Numbers.parse(enPair[0]) : null;
                if (enValue == null || enValue.compareTo(value) != 0) {
                    return Optional.empty();
                }
                translation = enPair[1].trim();
            }
            choices.add(new Choice(value, description, translation));
        }
        return Optional.of(choices);
    }

    /** Writes choices the way {@link #parse} reads them, one language, entries joined by the separator. */
    public static String format(List<Choice> choices, boolean english, String separator) {
        return String.join(
                separator,
                choices.stream()
                        .map(choice -> choice.value().stripTrailingZeros().toPlainString() + "="
                                + (english ? choice.descriptionEn() : choice.descriptionVi()))
                        .toList());
    }

    private static List<String> entries(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\||\\R"))
                .filter(entry -> !entry.isBlank())
                .toList();
    }
}
