package vn.parindex.organization;

import java.util.Locale;
import vn.parindex.shared.Locales;

/** A unit with its block and head, as lists and forms show it. */
public record UnitSummary(
        long id,
        String code,
        String nameVi,
        String nameEn,
        String shortName,
        long blockId,
        String blockCode,
        boolean ranked,
        boolean active,
        String headName,
        String headTitleVi,
        String headTitleEn,
        int sortOrder,
        long version) {

    public String name(Locale locale) {
        return Locales.pick(locale, nameVi, nameEn);
    }

    public String headTitle(Locale locale) {
        return Locales.pick(locale, headTitleVi, headTitleEn);
    }
}
