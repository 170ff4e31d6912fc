package vn.parindex.ranking;

import java.math.BigDecimal;
import java.util.Locale;
import vn.parindex.period.RankingBand;
import vn.parindex.shared.Locales;

/**
 * A ranked unit's published index and rank in one year, as a block's history over several years
 * reads it (latest revision of each year's publication).
 *
 * @param band null when below every band
 */
public record UnitYearIndex(
        long periodId,
        int year,
        long unitId,
        String unitCode,
        String unitNameVi,
        String unitNameEn,
        String unitShortName,
        BigDecimal index,
        int rank,
        RankingBand band) {

    public String unitName(Locale locale) {
        return Locales.pick(locale, unitNameVi, unitNameEn);
    }
}
