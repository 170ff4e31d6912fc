package vn.parindex.notification.internal;

import com.vaadin.flow.i18n.I18NProvider;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.parindex.notification.Localized;
import vn.parindex.notification.Notice;
import vn.parindex.shared.Locales;
import vn.parindex.shared.ui.Formats;

/**
 * Turns notices and mails into text from the translation bundles, in either language, with dates and
 * numbers formatted for it (the same {@link Formats} the views use).
 */
@Component
public class MessageTexts {

    static final int MAX_SUBJECT = 300;
    static final int MAX_BODY = 4000;

    /** A notice's subject and body in both languages. */
    public record Rendered(String subjectVi, String subjectEn, String bodyVi, String bodyEn) {}

    private final I18NProvider i18n;

    MessageTexts(I18NProvider i18n) {
        this.i18n = i18n;
    }

    public Rendered render(Notice notice) {
        return new Rendered(
                clip(text(notice.kind().subjectKey(), Locales.VIETNAMESE, notice.arguments()), MAX_SUBJECT),
                clip(text(notice.kind().subjectKey(), Locales.ENGLISH, notice.arguments()), MAX_SUBJECT),
                clip(text(notice.kind().bodyKey(), Locales.VIETNAMESE, notice.arguments()), MAX_BODY),
                clip(text(notice.kind().bodyKey(), Locales.ENGLISH, notice.arguments()), MAX_BODY));
    }

    /** A bundle text in the language with the arguments formatted for it. */
    public String text(String key, Locale locale, List<Object> arguments) {
        Object[] values = arguments.stream().map(value -> format(value, locale)).toArray();
        return i18n.getTranslation(key, locale, values);
    }

    public String text(String key, Locale locale, Object... arguments) {
        return text(key, locale, Arrays.asList(arguments));
    }

    private static Object format(Object value, Locale locale) {
        if (value == null) {
            return "—";
        }
        if (value instanceof Localized localized) {
            return localized.in(locale);
        }
        if (value instanceof LocalDate date) {
            return Formats.date(date, locale);
        }
        if (value instanceof Instant instant) {
            return Formats.dateTime(instant, locale);
        }
        if (value instanceof BigDecimal decimal) {
            return Formats.score(decimal, locale);
        }
        return value;
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
