package vn.parindex.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    private Long id;

    private Instant occurredAt;
    private String actor;
    private String action;
    private String entityType;
    private String entityId;

    @Column(columnDefinition = "mediumtext")
    private String oldValue;

    @Column(columnDefinition = "mediumtext")
    private String newValue;

    private String clientAddress;
    private Long unitId;
    private Long periodId;
    private Long chainSeq;

    @Column(columnDefinition = "char(64)")
    private String previousHash;

    @Column(columnDefinition = "char(64)")
    private String hash;

    protected AuditEvent() {}

    public AuditEvent(
            Instant occurredAt,
            String actor,
            String action,
            String entityType,
            String entityId,
            String oldValue,
            String newValue,
            String clientAddress,
            Long unitId,
            Long periodId) {
        this.occurredAt = occurredAt;
        this.unitId = unitId;
        this.periodId = periodId;
        this.actor = actor;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.clientAddress = clientAddress;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public Long getUnitId() {
        return unitId;
    }

    public Long getPeriodId() {
        return periodId;
    }

    public Long getChainSeq() {
        return chainSeq;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getHash() {
        return hash;
    }

    /** Links the event into the chain; set once, under the chain head's lock, before the insert. */
    void chain(long seq, String previous, String ownHash) {
        this.chainSeq = seq;
        this.previousHash = previous;
        this.hash = ownHash;
    }
}
