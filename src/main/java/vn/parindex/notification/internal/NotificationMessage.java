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
import vn.parindex.notification.NotificationKind;

/** What one event told its recipients, rendered once in both languages. */
@Entity
@Table(name = "notification_message")
public class NotificationMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_message_seq")
    @SequenceGenerator(
            name = "notification_message_seq",
            sequenceName = "notification_message_seq",
            allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(columnDefinition = "varchar(40)")
    private NotificationKind kind;

    private Long periodId;
    private Long unitId;
    private String subjectVi;
    private String subjectEn;
    private String bodyVi;
    private String bodyEn;
    private String link;
    private Instant createdAt;

    protected NotificationMessage() {}

    public NotificationMessage(
            NotificationKind kind, Long periodId, Long unitId, MessageTexts.Rendered texts, String link, Instant at) {
        this.kind = kind;
        this.periodId = periodId;
        this.unitId = unitId;
        this.subjectVi = texts.subjectVi();
        this.subjectEn = texts.subjectEn();
        this.bodyVi = texts.bodyVi();
        this.bodyEn = texts.bodyEn();
        this.link = link;
        this.createdAt = at;
    }

    public Long getId() {
        return id;
    }
}
