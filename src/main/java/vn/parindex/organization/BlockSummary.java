package vn.parindex.organization;

import java.util.Locale;
import vn.parindex.shared.Locales;

/** A block of units ranked together. */
public record BlockSummary(long id, String code, String nameVi, String nameEn, int sortOrder) {

    public String name(Locale locale) {
        return Locales.pick(locale, nameVi, nameEn);
    }
}
