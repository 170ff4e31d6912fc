package vn.parindex.notification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.parindex.notification.MailStatus;

/**
 * A message as one recipient has it: read or not, and its e-mail copy (address and language taken
 * when it was written, so sending needs nothing else). Delivery is updated by {@link MailOutbox}.
 */
@Entity
@Table(name = "notification")
public class UserNotification {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    private Long id;

    private long messageId;
    private long userId;
    private Instant createdAt;
    private Instant readAt;

    @Enumerated(EnumType.STRING)
    @Column(columnDefinition = "varchar(10)")
    private MailStatus mailStatus;

    private String mailTo;
    private String mailLanguage;
    private int mailAttempts;
    private Instant mailLastAttemptAt;
    private Instant mailSentAt;
    private String mailError;

    protected UserNotification() {}

    /** With an address the e-mail copy is pending; without one there is none. */
    public UserNotification(long messageId, long userId, Instant createdAt, String mailTo, String mailLanguage) {
        this.messageId = messageId;
        this.userId = userId;
        this.createdAt = createdAt;
        this.mailTo = mailTo;
        this.mailLanguage = mailTo == null ? null : mailLanguage;
        this.mailStatus = mailTo == null ? MailStatus.NONE : MailStatus.PENDING;
    }

    public Long getId() {
        return id;
    }

    public MailStatus getMailStatus() {
        return mailStatus;
    }
}
