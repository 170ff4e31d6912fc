package vn.parindex.shared.ui;

import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import java.util.Locale;

/**
 * Labels for stored codes (audit actions, entity types, ...): the bundle's text for {@code prefix +
 * code} in the reader's language, or the code itself when the bundles have no such key (a code added
 * later), so the reader never sees a "missing key" marker.
 */
public final class CodeLabels {

    private CodeLabels() {}

    /** The label of one code in the given language; empty for no code. */
    public static String of(Locale locale, String prefix, String code) {
        return in(locale, prefix).apply(code);
    }

    /**
     * A label function bound to a language and the application's translations, usable later outside
     * the UI (a download handler, a service writing a file).
     */
    public static SerializableFunction<String, String> in(Locale locale, String prefix) {
        VaadinService service = VaadinService.getCurrent();
        I18NProvider i18n = service == null ? null : service.getInstantiator().getI18NProvider();
        return code -> label(i18n, locale, prefix, code);
    }

    static String label(I18NProvider i18n, Locale locale, String prefix, String code) {
        if (code == null) {
            return "";
        }
        if (i18n == null) {
            return code;
        }
        String key = prefix + code;
        String text = i18n.getTranslation(key, locale);
        // a missing key comes back as the key itself or a marker ending with it ("!vi: key")
        return text == null || text.isBlank() || text.endsWith(key) ? code : text;
    }
}
