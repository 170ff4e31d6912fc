package vn.parindex.ranking;

import java.math.BigDecimal;
import java.util.Locale;
import vn.parindex.shared.Locales;

/**
 * A unit whose place or index the what-if changes.
 *
 * @param rank the place now, null when it takes none
 * @param simulatedRank the place it would take, null when none
 */
public record WhatIfMove(
        long unitId,
        String unitCode,
        String nameVi,
        String nameEn,
        Integer rank,
        Integer simulatedRank,
        BigDecimal index,
        BigDecimal simulatedIndex) {

    public String name(Locale locale) {
        return Locales.pick(locale, nameVi, nameEn);
    }

    /** Places gained (positive) or lost (negative); zero when the place stays or either is missing. */
    public int placesGained() {
        return rank == null || simulatedRank == null ? 0 : rank - simulatedRank;
    }
}
