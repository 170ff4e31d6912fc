package vn.parindex.notification.internal;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of notifications ({@code parindex.notifications.*}, see docs/operations.md).
 *
 * @param reminderDays days before a unit's deadline on which it is reminded
 * @param mailFrom sender of the portal's mails
 * @param mailMaxAttempts attempts per mail before it stays failed
 * @param mailRetryAfter wait after a failed attempt before the next
 */
@ConfigurationProperties("parindex.notifications")
public record NotificationProperties(
        List<Integer> reminderDays, String mailFrom, int mailMaxAttempts, Duration mailRetryAfter) {

    public NotificationProperties {
        reminderDays = reminderDays == null || reminderDays.isEmpty() ? List.of(7, 3, 1) : List.copyOf(reminderDays);
        mailFrom = mailFrom == null || mailFrom.isBlank() ? "no-reply@localhost" : mailFrom;
        mailMaxAttempts = mailMaxAttempts <= 0 ? 5 : mailMaxAttempts;
        mailRetryAfter = mailRetryAfter == null ? Duration.ofMinutes(5) : mailRetryAfter;
    }
}
