package vn.parindex.ranking.ui;

import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import vn.parindex.criteria.MappingKind;
import vn.parindex.ranking.Contribution;
import vn.parindex.ranking.RankChange;
import vn.parindex.shared.ui.Formats;

/** How the result screens write changes, places and mappings, in the user's language. */
final class ResultTexts {

    private ResultTexts() {}

    /** A signed score: +1,22 / −0,22 / 0,00; empty for null. */
    static String signed(BigDecimal value, Locale locale) {
        if (value == null) {
            return "";
        }
        String text = Formats.score(value.abs(), locale);
        if (value.signum() > 0) {
            return "+" + text;
        }
        return value.signum() < 0 ? "−" + text : text;
    }

    /** ↑ 2, ↓ 6, =, new. */
    static String change(Component component, RankChange change) {
        if (change == null) {
            return "";
        }
        return component.getTranslation(
                "unitDetail.change." + change.direction().name(), change.places());
    }

    /** "split from 1.2", "merged from 2.1, 2.2", "new", "" when unchanged. */
    static String mapping(Component component, MappingKind kind, List<String> sources) {
        if (kind == null || kind == MappingKind.SAME) {
            return "";
        }
        return component.getTranslation("explain.kind." + kind.name(), String.join(", ", sources));
    }

    static String kind(Component component, Contribution contribution) {
        if (contribution.kind() == Contribution.Kind.SAME) {
            return "";
        }
        return component.getTranslation(contribution.kind().labelKey(), String.join(", ", contribution.sourceCodes()));
    }

    /** The compared lines' codes and name: "1.2, 1.3 Group 1.2". */
    static String label(Contribution contribution, Locale locale) {
        String codes = contribution.codes().isEmpty()
                ? String.join(", ", contribution.sourceCodes())
                : String.join(", ", contribution.codes());
        return codes.isEmpty() ? contribution.name(locale) : codes + " " + contribution.name(locale);
    }
}
