package vn.parindex.period;

import java.math.BigDecimal;
import java.util.Locale;
import vn.parindex.shared.Locales;

/** A band of a block's ranking: units whose index % is at least {@code minIndex} (and below the next band). */
public record RankingBand(BigDecimal minIndex, String nameVi, String nameEn) {

    public String name(Locale locale) {
        return Locales.pick(locale, nameVi, nameEn);
    }
}
