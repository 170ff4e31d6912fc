package vn.parindex.ranking;

import java.math.BigDecimal;
import java.util.Locale;
import vn.parindex.shared.Locales;

/**
 * A unit whose published result differs between two revisions (points, index or rank). A side is null
 * when the unit was not ranked in that revision.
 */
public record PublicationChange(
        long unitId,
        String unitCode,
        String unitNameVi,
        String unitNameEn,
        BigDecimal oldTotal,
        BigDecimal newTotal,
        BigDecimal oldIndex,
        BigDecimal newIndex,
        Integer oldRank,
        Integer newRank) {

    public String unitName(Locale locale) {
        return Locales.pick(locale, unitNameVi, unitNameEn);
    }
}
