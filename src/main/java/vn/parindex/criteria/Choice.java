package vn.parindex.criteria;

import java.math.BigDecimal;
import java.util.Locale;
import vn.parindex.shared.Locales;

/** An allowed value of a CHOICES component with what it means. */
public record Choice(BigDecimal value, String descriptionVi, String descriptionEn) {

    public String description(Locale locale) {
        return Locales.pick(locale, descriptionVi, descriptionEn);
    }
}
