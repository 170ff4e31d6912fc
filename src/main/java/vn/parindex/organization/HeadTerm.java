package vn.parindex.organization;

import java.time.LocalDate;
import java.util.Locale;
import vn.parindex.shared.Locales;

/** A term of a unit's head; {@code to} is null while in office. */
public record HeadTerm(
        long id,
        long unitId,
        String name,
        String titleVi,
        String titleEn,
        LocalDate from,
        LocalDate to,
        boolean acting) {

    public String title(Locale locale) {
        return Locales.pick(locale, titleVi, titleEn);
    }
}
