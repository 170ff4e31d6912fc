package vn.parindex.ranking;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import vn.parindex.period.RankingBand;
import vn.parindex.shared.Locales;

/**
 * A ranked unit's result in its block.
 *
 * @param total final scores of applicable items + survey points + adjustments
 * @param adjustments the adjustment lines' sum (bonus, penalties), already inside {@code total}
 * @param index published index %, two decimals, within 0 and 100 ({@link ResultIndex})
 * @param previousRank last year's rank in the block, null when the unit had none (NEW)
 * @param band the band the index reaches, null when below every band
 * @param areas one entry per {@link BlockResults#areas()}, same order
 */
public record UnitResultRow(
        long unitId,
        String unitCode,
        String unitNameVi,
        String unitNameEn,
        String unitShortName,
        BigDecimal total,
        BigDecimal adjustments,
        BigDecimal applicableMaximum,
        BigDecimal index,
        int rank,
        Integer previousRank,
        RankChange change,
        RankingBand band,
        List<AreaResult> areas) {

    public UnitResultRow {
        areas = List.copyOf(areas);
    }

    public String unitName(Locale locale) {
        return Locales.pick(locale, unitNameVi, unitNameEn);
    }
}
