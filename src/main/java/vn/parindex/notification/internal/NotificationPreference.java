package vn.parindex.notification.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A user's choice about e-mail copies; without a row e-mail is on. */
@Entity
@Table(name = "notification_preference")
public class NotificationPreference {

    @Id
    private Long userId;

    private boolean emailEnabled;
    private Instant updatedAt;

    @Version
    private long version;

    protected NotificationPreference() {}

    public NotificationPreference(long userId, boolean emailEnabled, Instant at) {
        this.userId = userId;
        this.emailEnabled = emailEnabled;
        this.updatedAt = at;
    }

    public boolean isEmailEnabled() {
        return emailEnabled;
    }

    public void setEmailEnabled(boolean enabled, Instant at) {
        this.emailEnabled = enabled;
        this.updatedAt = at;
    }
}
