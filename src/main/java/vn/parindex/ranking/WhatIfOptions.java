package vn.parindex.ranking;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import vn.parindex.shared.Locales;

/** What the what-if offers to change in a block: its units, the scored items and the pending explanations. */
public record WhatIfOptions(List<UnitOption> units, List<ItemOption> items, List<PendingExplanation> pending) {

    public WhatIfOptions {
        units = List.copyOf(units);
        items = List.copyOf(items);
        pending = List.copyOf(pending);
    }

    public record UnitOption(long unitId, String code, String nameVi, String nameEn) {
        public String name(Locale locale) {
            return Locales.pick(locale, nameVi, nameEn);
        }
    }

    /** A component or adjustment line; {@code survey} items take survey points instead of a score. */
    public record ItemOption(
            long nodeId, String code, String nameVi, String nameEn, BigDecimal maximum, boolean survey) {
        public String name(Locale locale) {
            return Locales.pick(locale, nameVi, nameEn);
        }
    }

    /** An answered explanation the council has not decided on. */
    public record PendingExplanation(
            long unitId,
            String unitCode,
            long nodeId,
            String code,
            BigDecimal self,
            BigDecimal appraised,
            String question,
            String answer) {}
}
