package vn.parindex.appraisal;

import java.util.Locale;
import vn.parindex.shared.Locales;

/** An area of a unit's criteria set a member can be assigned to. */
public record AreaOption(long id, String code, String nameVi, String nameEn) {

    public String name(Locale locale) {
        return Locales.pick(locale, nameVi, nameEn);
    }
}
