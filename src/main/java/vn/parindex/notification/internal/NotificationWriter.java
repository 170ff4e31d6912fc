package vn.parindex.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.parindex.notification.MailStatus;
import vn.parindex.notification.Notice;
import vn.parindex.security.UserContact;

/**
 * Writes a notice for its recipients: the message once (texts in both languages), a row per
 * recipient, and after the commit hands the e-mail copies to the outbox. Joins the caller's
 * transaction, so a notice about a change is saved with the change or not at all.
 */
@Component
public class NotificationWriter {

    private final NotificationMessageRepository messages;
    private final UserNotificationRepository notifications;
    private final NotificationPreferenceRepository preferences;
    private final DeliveryLog deliveries;
    private final MessageTexts texts;
    private final Mailer mailer;
    private final MailOutbox outbox;
    private final Clock clock;

    NotificationWriter(
            NotificationMessageRepository messages,
            UserNotificationRepository notifications,
            NotificationPreferenceRepository preferences,
            DeliveryLog deliveries,
            MessageTexts texts,
            Mailer mailer,
            MailOutbox outbox,
            Clock clock) {
        this.messages = messages;
        this.notifications = notifications;
        this.preferences = preferences;
        this.deliveries = deliveries;
        this.texts = texts;
        this.mailer = mailer;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Tells every recipient; returns how many were told. */
    @Transactional
    public int write(Notice notice, List<UserContact> recipients) {
        return write(notice, recipients, null);
    }

    /**
     * Tells the recipients who were not told this notice's kind, period and unit with the same
     * {@code daysBefore} yet (claimed in the delivery log first); returns how many were told now.
     */
    @Transactional
    public int writeOnce(Notice notice, List<UserContact> recipients, int daysBefore) {
        return write(notice, recipients, daysBefore);
    }

    private int write(Notice notice, List<UserContact> recipients, Integer daysBefore) {
        Instant now = Instant.now(clock);
        // Same order everywhere, so two racing writers lock the delivery keys in the same order.
        List<UserContact> told = recipients.stream()
                .sorted(Comparator.comparingLong(UserContact::id))
                .filter(recipient -> daysBefore == null
                        || deliveries.claim(
                                recipient.id(), notice.kind(), notice.periodId(), notice.unitId(), daysBefore, now))
                .toList();
        if (told.isEmpty()) {
            return 0;
        }
        NotificationMessage message = messages.save(new NotificationMessage(
                notice.kind(), notice.periodId(), notice.unitId(), texts.render(notice), notice.link(), now));
        boolean mail = mailer.configured();
        Set<Long> emailOff = mail
                ? preferences.emailTurnedOff(told.stream().map(UserContact::id).toList())
                : Set.of();
        List<UserNotification> rows = told.stream()
                .map(recipient -> new UserNotification(
                        message.getId(),
                        recipient.id(),
                        now,
                        mail && recipient.hasEmail() && !emailOff.contains(recipient.id())
                                ? recipient.email().strip()
                                : null,
                        recipient.language()))
                .toList();
        notifications.saveAll(rows);
        List<Long> pending = rows.stream()
                .filter(row -> row.getMailStatus() == MailStatus.PENDING)
                .map(UserNotification::getId)
                .toList();
        if (!pending.isEmpty()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    outbox.sendSoon(pending);
                }
            });
        }
        return told.size();
    }
}
