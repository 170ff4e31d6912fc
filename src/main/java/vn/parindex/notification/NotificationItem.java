package vn.parindex.notification;

import java.time.Instant;
import java.util.Locale;
import vn.parindex.shared.Locales;

/** One of the signed-in user's notifications, with its texts in both languages. */
public record NotificationItem(
        long id,
        NotificationKind kind,
        String subjectVi,
        String subjectEn,
        String bodyVi,
        String bodyEn,
        String link,
        Instant createdAt,
        Instant readAt,
        MailStatus mailStatus) {

    public String subject(Locale locale) {
        return Locales.pick(locale, subjectVi, subjectEn);
    }

    public String body(Locale locale) {
        return Locales.pick(locale, bodyVi, bodyEn);
    }

    public boolean unread() {
        return readAt == null;
    }
}
