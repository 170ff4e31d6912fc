package vn.parindex.notification;

import java.util.Locale;
import vn.parindex.shared.Locales;

/** A notice argument that has a Vietnamese and an English form, such as a period's title or a unit's name. */
public record Localized(String vi, String en) {

    public String in(Locale locale) {
        return Locales.pick(locale, vi, en);
    }
}
