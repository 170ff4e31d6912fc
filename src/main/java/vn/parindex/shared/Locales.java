package vn.parindex.shared;

import java.util.List;
import java.util.Locale;

/** The portal's languages: Vietnamese first (the default), then English. */
public final class Locales {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    public static final Locale ENGLISH = Locale.forLanguageTag("en-GB");
    public static final List<Locale> SUPPORTED = List.of(VIETNAMESE, ENGLISH);

    /** Session attribute holding the language picked before signing in. */
    public static final String SESSION_ATTRIBUTE = "parindex.locale";

    private Locales() {}

    /** The supported locale for a stored language tag ("vi", "en"), Vietnamese when unknown. */
    public static Locale fromTag(String tag) {
        if (tag == null) {
            return VIETNAMESE;
        }
        String language = Locale.forLanguageTag(tag).getLanguage();
        return SUPPORTED.stream()
                .filter(locale -> locale.getLanguage().equals(language))
                .findFirst()
                .orElse(VIETNAMESE);
    }

    public static String toTag(Locale locale) {
        return fromTag(locale.toLanguageTag()).getLanguage();
    }

    public static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    /** Picks the Vietnamese or English text of a bilingual pair. */
    public static String pick(Locale locale, String vietnamese, String english) {
        return isEnglish(locale) && english != null && !english.isBlank() ? english : vietnamese;
    }
}
