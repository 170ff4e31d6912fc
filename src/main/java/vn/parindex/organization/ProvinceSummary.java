package vn.parindex.organization;

import java.util.Locale;
import vn.parindex.shared.Locales;

public record ProvinceSummary(String code, String nameVi, String nameEn) {

    public String name(Locale locale) {
        return Locales.pick(locale, nameVi, nameEn);
    }
}
