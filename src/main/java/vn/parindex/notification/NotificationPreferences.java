package vn.parindex.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.audit.AuditLog;
import vn.parindex.notification.internal.Mailer;
import vn.parindex.notification.internal.NotificationPreference;
import vn.parindex.notification.internal.NotificationPreferenceRepository;
import vn.parindex.security.CurrentUserService;
import vn.parindex.security.UserContact;
import vn.parindex.security.UserContacts;

/** Each user's own choice about e-mail copies of their notifications (audited). */
@Service
@PreAuthorize("isAuthenticated()")
public class NotificationPreferences {

    private final NotificationPreferenceRepository preferences;
    private final UserContacts contacts;
    private final CurrentUserService currentUser;
    private final Mailer mailer;
    private final AuditLog audit;
    private final Clock clock;

    NotificationPreferences(
            NotificationPreferenceRepository preferences,
            UserContacts contacts,
            CurrentUserService currentUser,
            Mailer mailer,
            AuditLog audit,
            Clock clock) {
        this.preferences = preferences;
        this.contacts = contacts;
        this.currentUser = currentUser;
        this.mailer = mailer;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public EmailSetting emailSetting() {
        long me = currentUser.require().id();
        String address = contacts.byIds(List.of(me)).stream()
                .filter(UserContact::hasEmail)
                .map(UserContact::email)
                .findFirst()
                .orElse(null);
        boolean enabled = preferences
                .findById(me)
                .map(NotificationPreference::isEmailEnabled)
                .orElse(true);
        return new EmailSetting(mailer.configured(), address, enabled);
    }

    @Transactional
    public void setEmailEnabled(boolean enabled) {
        long me = currentUser.require().id();
        Instant now = Instant.now(clock);
        NotificationPreference preference = preferences.findById(me).orElse(null);
        boolean before = preference == null || preference.isEmailEnabled();
        if (before == enabled) {
            return;
        }
        if (preference == null) {
            preferences.save(new NotificationPreference(me, enabled, now));
        } else {
            preference.setEmailEnabled(enabled, now);
        }
        audit.record("NOTIFICATION_EMAIL_CHANGED", "USER", me, before, enabled);
    }
}
