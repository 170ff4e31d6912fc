package vn.parindex.ranking;

import java.math.BigDecimal;
import java.util.Locale;
import vn.parindex.shared.Locales;

/** An area (top level of the criteria tree) as a results column: code "I", name, declared maximum. */
public record AreaHeading(long nodeId, String code, String nameVi, String nameEn, BigDecimal maximum) {

    public String name(Locale locale) {
        return Locales.pick(locale, nameVi, nameEn);
    }
}
