package vn.parindex.notification.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When the jobs run (cron expressions in the portal's time zone; "-" turns one off). Every node's
 * timer fires: the reminders run on one node per firing (a cluster lock), and the delivery log would
 * keep each reminder to one even without it; the outbox's claims keep each mail to one.
 */
@Component
class NotificationJobs {

    private static final Logger log = LoggerFactory.getLogger(NotificationJobs.class);

    private final DeadlineReminders reminders;
    private final MailOutbox outbox;

    NotificationJobs(DeadlineReminders reminders, MailOutbox outbox) {
        this.reminders = reminders;
        this.outbox = outbox;
    }

    @Scheduled(
            cron = "${parindex.notifications.reminder-cron:0 0 7 * * *}",
            zone = "${parindex.time-zone:Asia/Ho_Chi_Minh}")
    void sendDeadlineReminders() {
        try {
            reminders.runOncePerCluster();
        } catch (RuntimeException failure) {
            log.error("Deadline reminder job failed", failure);
        }
    }

    @Scheduled(
            cron = "${parindex.notifications.mail-retry-cron:0 */5 * * * *}",
            zone = "${parindex.time-zone:Asia/Ho_Chi_Minh}")
    void retryMails() {
        try {
            outbox.retryDue();
        } catch (RuntimeException failure) {
            log.error("Mail retry job failed", failure);
        }
    }
}
