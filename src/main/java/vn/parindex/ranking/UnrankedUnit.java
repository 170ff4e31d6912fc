package vn.parindex.ranking;

import java.util.Locale;
import vn.parindex.shared.Locales;

/** A unit of the block that takes no place, and why (not ranked by decision, nothing applicable, no appraisal). */
public record UnrankedUnit(long unitId, String unitCode, String unitNameVi, String unitNameEn, String reason) {

    public String unitName(Locale locale) {
        return Locales.pick(locale, unitNameVi, unitNameEn);
    }
}
