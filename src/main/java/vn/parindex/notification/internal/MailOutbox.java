package vn.parindex.notification.internal;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import vn.parindex.notification.MailStatus;
import vn.parindex.shared.Locales;
import vn.parindex.shared.TextLimits;

/**
 * The e-mail copies of notifications. They go out after the commit that wrote them, on two
 * background threads of this module's own, so a slow or failing mail server never holds up or fails
 * what a user does. Each attempt first claims its row with a conditional update (status and attempt
 * count as read), so a mail is sent by one thread of one node even while the retry job runs
 * elsewhere. A failed attempt is logged and kept as FAILED with the error; the retry job sends it again
 * after a wait until the attempts run out, and also picks up mails left pending (a node stopped before
 * sending) or stuck in sending.
 */
@Component
public class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);
    private static final Duration PENDING_GRACE = Duration.ofMinutes(1);
    private static final Duration STUCK_AFTER = Duration.ofMinutes(15);
    private static final int RETRY_BATCH = 500;

    private record Claim(long id, MailStatus status, int attempts) {}

    private record Mail(
            String to,
            String language,
            String subjectVi,
            String subjectEn,
            String bodyVi,
            String bodyEn,
            String link) {}

    private final JdbcTemplate jdbc;
    private final Mailer mailer;
    private final MessageTexts texts;
    private final NotificationProperties properties;
    private final Clock clock;
    private final String publicUrl;
    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

    MailOutbox(
            JdbcTemplate jdbc,
            Mailer mailer,
            MessageTexts texts,
            NotificationProperties properties,
            Clock clock,
            @Value("${parindex.public-url:http://localhost:8080}") String publicUrl) {
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.texts = texts;
        this.properties = properties;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        executor.setCorePoolSize(2);
        executor.setMaxPoolSize(2);
        executor.setQueueCapacity(10_000);
        executor.setThreadNamePrefix("notification-mail-");
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(10);
        executor.initialize();
    }

    /** The portal page as an absolute address, for mails. */
    public String absolute(String link) {
        return publicUrl + "/" + (link == null ? "" : link);
    }

    /** Sends these pending mails in the background; whatever cannot be queued the retry job sends. */
    void sendSoon(List<Long> notificationIds) {
        inBackground(() -> notificationIds.forEach(id -> attempt(new Claim(id, MailStatus.PENDING, 0))));
    }

    /** Sends a one-off mail (a password reset link) in the background; a failure is logged, not retried. */
    void sendOnce(String to, String subject, String body, String what) {
        inBackground(() -> {
            try {
                mailer.send(to, subject, body);
            } catch (RuntimeException failure) {
                log.warn("Could not send the {} mail: {}", what, failure.toString());
            }
        });
    }

    /**
     * Sends what is due again: failed mails whose wait is over (attempts left), pending ones older than
     * a minute, and attempts stuck for 15 minutes. Returns how many were sent.
     */
    public int retryDue() {
        if (!mailer.configured()) {
            return 0;
        }
        Instant now = Instant.now(clock);
        jdbc.update(
                "UPDATE notification SET mail_status = 'FAILED' WHERE mail_status = 'SENDING' "
                        + "AND mail_last_attempt_at <= ? AND mail_attempts >= ?",
                utc(now.minus(STUCK_AFTER)),
                properties.mailMaxAttempts());
        List<Claim> due = jdbc.query(
                """
                SELECT id, mail_status, mail_attempts FROM notification
                WHERE (mail_status = 'FAILED' AND mail_attempts < ? AND mail_last_attempt_at <= ?)
                   OR (mail_status = 'PENDING' AND created_at <= ?)
                   OR (mail_status = 'SENDING' AND mail_attempts < ? AND mail_last_attempt_at <= ?)
                ORDER BY id LIMIT ?""",
                (row, index) -> new Claim(
                        row.getLong("id"),
                        MailStatus.valueOf(row.getString("mail_status")),
                        row.getInt("mail_attempts")),
                properties.mailMaxAttempts(),
                utc(now.minus(properties.mailRetryAfter())),
                utc(now.minus(PENDING_GRACE)),
                properties.mailMaxAttempts(),
                utc(now.minus(STUCK_AFTER)),
                RETRY_BATCH);
        int sent = 0;
        for (Claim claim : due) {
            if (attempt(claim)) {
                sent++;
            }
        }
        if (!due.isEmpty()) {
            log.info("Mail retry: {} due, {} sent", due.size(), sent);
        }
        return sent;
    }

    /** Claims the mail as read, sends it and records the outcome; true when it went out. */
    private boolean attempt(Claim claim) {
        Instant now = Instant.now(clock);
        int claimed = jdbc.update(
                "UPDATE notification SET mail_status = 'SENDING', mail_attempts = mail_attempts + 1, "
                        + "mail_last_attempt_at = ? WHERE id = ? AND mail_status = ? AND mail_attempts = ?",
                utc(now),
                claim.id(),
                claim.status().name(),
                claim.attempts());
        if (claimed != 1) {
            return false;
        }
        Mail mail = jdbc.queryForObject(
                """
                SELECT n.mail_to, n.mail_language, m.subject_vi, m.subject_en, m.body_vi, m.body_en, m.link
                FROM notification n JOIN notification_message m ON m.id = n.message_id WHERE n.id = ?""",
                (row, index) -> new Mail(
                        row.getString(1),
                        row.getString(2),
                        row.getString(3),
                        row.getString(4),
                        row.getString(5),
                        row.getString(6),
                        row.getString(7)),
                claim.id());
        try {
            Locale locale = Locales.fromTag(mail.language());
            mailer.send(
                    mail.to(),
                    texts.text("mail.subject", locale, Locales.pick(locale, mail.subjectVi(), mail.subjectEn())),
                    texts.text(
                            "mail.notification",
                            locale,
                            Locales.pick(locale, mail.bodyVi(), mail.bodyEn()),
                            absolute(mail.link())));
            jdbc.update(
                    "UPDATE notification SET mail_status = 'SENT', mail_sent_at = ?, mail_error = NULL WHERE id = ?",
                    utc(Instant.now(clock)),
                    claim.id());
            return true;
        } catch (RuntimeException failure) {
            log.warn(
                    "Mail of notification {} failed (attempt {}): {}",
                    claim.id(),
                    claim.attempts() + 1,
                    failure.toString());
            String error = failure.toString();
            jdbc.update(
                    "UPDATE notification SET mail_status = 'FAILED', mail_error = ? WHERE id = ?",
                    error.length() > TextLimits.MAIL_ERROR ? error.substring(0, TextLimits.MAIL_ERROR) : error,
                    claim.id());
            return false;
        }
    }

    private void inBackground(Runnable work) {
        try {
            executor.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException unexpected) {
                    log.error("Sending mails failed", unexpected);
                }
            });
        } catch (TaskRejectedException full) {
            log.warn("Mail queue full; the retry job will send what is pending");
        }
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    @PreDestroy
    void stop() {
        executor.shutdown();
    }
}
