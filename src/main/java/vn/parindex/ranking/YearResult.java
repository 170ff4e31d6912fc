package vn.parindex.ranking;

import java.math.BigDecimal;
import vn.parindex.period.RankingBand;

/**
 * A unit's result in one year of its history: its published result, or the draft for the roles that
 * may see drafts.
 *
 * @param rank null when the unit took no place that year
 * @param band null when below every band or not ranked
 */
public record YearResult(
        long periodId,
        int year,
        BigDecimal total,
        BigDecimal index,
        Integer rank,
        RankChange change,
        RankingBand band,
        boolean published) {}
