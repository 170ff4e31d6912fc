package vn.parindex.organization;

import java.util.Locale;
import vn.parindex.shared.Locales;

/** The province the portal serves and the agency running its index (null until set up). */
public record ProvinceSummary(
        String code, String nameVi, String nameEn, String agencyVi, String agencyEn, long version) {

    public String name(Locale locale) {
        return Locales.pick(locale, nameVi, nameEn);
    }

    /** The agency's name in the locale, or null when the setup has not named it. */
    public String agency(Locale locale) {
        return agencyVi == null ? null : Locales.pick(locale, agencyVi, agencyEn);
    }
}
