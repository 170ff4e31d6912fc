package vn.parindex.ranking;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import vn.parindex.shared.Locales;

/**
 * How much one area or criterion (or the adjustment lines) moved a unit's index against last year, in
 * index points: this year's points / this year's applicable maximum x 100 less last year's mapped
 * points / last year's applicable maximum x 100, two decimals. The contributions of all areas and the
 * adjustments add up to the index change before the published rounding.
 *
 * @param codes this year's codes (several when a node was split into parts; empty when REMOVED)
 * @param sourceCodes last year's codes compared with (empty when NEW)
 * @param points this year's points of {@code codes}
 * @param previousPoints last year's points of {@code sourceCodes}
 */
public record Contribution(
        Kind kind,
        List<String> codes,
        String nameVi,
        String nameEn,
        List<String> sourceCodes,
        BigDecimal points,
        BigDecimal previousPoints,
        BigDecimal indexPoints) {

    /** What the compared lines are: unchanged, renamed, split, merged, new, no longer assessed, adjustments. */
    public enum Kind {
        SAME,
        RENAMED,
        SPLIT,
        MERGED,
        NEW,
        REMOVED,
        ADJUSTMENTS;

        public String labelKey() {
            return "explain.kind." + name();
        }
    }

    public Contribution {
        codes = List.copyOf(codes);
        sourceCodes = List.copyOf(sourceCodes);
    }

    public String name(Locale locale) {
        return Locales.pick(locale, nameVi, nameEn);
    }
}
