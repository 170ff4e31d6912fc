package vn.parindex.ranking;

import java.util.Locale;
import vn.parindex.shared.Locales;

/** Another unit of the block whose order relative to the explained unit swapped since last year. */
public record UnitMove(long unitId, String unitCode, String nameVi, String nameEn, int previousRank, int rank) {

    public String name(Locale locale) {
        return Locales.pick(locale, nameVi, nameEn);
    }
}
