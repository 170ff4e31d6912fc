package vn.parindex.dashboard;

import java.util.Locale;
import vn.parindex.shared.Locales;

/** Approved (or decided) nominations of one award type this year and last year. */
public record AwardCount(String typeCode, String typeNameVi, String typeNameEn, int thisYear, int lastYear) {

    public String typeName(Locale locale) {
        return Locales.pick(locale, typeNameVi, typeNameEn);
    }
}
