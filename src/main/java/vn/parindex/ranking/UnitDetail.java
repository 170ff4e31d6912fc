package vn.parindex.ranking;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import vn.parindex.shared.Locales;

/**
 * A unit's result in a period taken apart: per area, criterion and component its own score against
 * the final score and last year's points, its place over the years, and why its rank moved.
 *
 * @param previousYear the year compared with, null when the period has no previous year
 * @param result the unit's row in its block's results (published, or the draft), null when it took no place
 * @param unranked why the unit took no place, null when it is ranked or the block has no results yet
 * @param maximum the maximum that applies to the unit
 * @param total the points that count (areas plus adjustments)
 * @param selfTotal the unit's own scores of what applies (survey excluded)
 * @param history the unit's results per year, oldest first
 */
public record UnitDetail(
        long periodId,
        int year,
        Integer previousYear,
        long unitId,
        String unitCode,
        String unitNameVi,
        String unitNameEn,
        long blockId,
        boolean published,
        UnitResultRow result,
        UnrankedUnit unranked,
        BigDecimal maximum,
        BigDecimal total,
        BigDecimal selfTotal,
        List<DetailLine> lines,
        List<YearResult> history,
        RankExplanation explanation) {

    public UnitDetail {
        lines = List.copyOf(lines);
        history = List.copyOf(history);
    }

    public String unitName(Locale locale) {
        return Locales.pick(locale, unitNameVi, unitNameEn);
    }
}
