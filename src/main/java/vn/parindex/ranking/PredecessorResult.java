package vn.parindex.ranking;

import java.math.BigDecimal;
import java.util.Locale;
import vn.parindex.shared.Locales;

/**
 * A predecessor's last published result (latest revision, before the period asked about), shown for
 * reference next to a unit formed by a merger, whose own change is NEW.
 *
 * @param rank null when the predecessor was not ranked that year
 */
public record PredecessorResult(
        long unitId,
        long predecessorId,
        String predecessorCode,
        String predecessorNameVi,
        String predecessorNameEn,
        int year,
        Integer rank,
        BigDecimal index) {

    public String predecessorName(Locale locale) {
        return Locales.pick(locale, predecessorNameVi, predecessorNameEn);
    }
}
