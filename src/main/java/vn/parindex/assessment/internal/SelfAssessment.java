package vn.parindex.assessment.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A unit's self-assessment for a period: open while the unit works on it, locked once submitted. */
@Entity
@Table(name = "self_assessment")
public class SelfAssessment {

    /** Only submission is stored; whether work has started follows from the items. */
    public enum State {
        OPEN,
        SUBMITTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long periodId;
    private long unitId;
    private long setId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", columnDefinition = "varchar(20)")
    private State state = State.OPEN;

    private Instant createdAt;
    private String submittedBy;
    private Instant submittedAt;
    private String returnedBy;
    private Instant returnedAt;
    private String returnedReason;
    private String withdrawnBy;
    private Instant withdrawnAt;

    @Version
    private long version;

    protected SelfAssessment() {}

    public SelfAssessment(long periodId, long unitId, long setId, Instant createdAt) {
        this.periodId = periodId;
        this.unitId = unitId;
        this.setId = setId;
        this.createdAt = createdAt;
    }

    public void submit(String username, Instant at) {
        state = State.SUBMITTED;
        submittedBy = username;
        submittedAt = at;
    }

    public void returnToUnit(String username, Instant at, String reason) {
        state = State.OPEN;
        returnedBy = username;
        returnedAt = at;
        returnedReason = reason;
    }

    /** The unit takes its submission back to correct it (it submits again before its deadline). */
    public void withdraw(String username, Instant at) {
        state = State.OPEN;
        withdrawnBy = username;
        withdrawnAt = at;
    }

    public String getWithdrawnBy() {
        return withdrawnBy;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public boolean submitted() {
        return state == State.SUBMITTED;
    }

    public Long getId() {
        return id;
    }

    public long getPeriodId() {
        return periodId;
    }

    public long getUnitId() {
        return unitId;
    }

    public long getSetId() {
        return setId;
    }

    public State getState() {
        return state;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getReturnedBy() {
        return returnedBy;
    }

    public Instant getReturnedAt() {
        return returnedAt;
    }

    public String getReturnedReason() {
        return returnedReason;
    }

    public long getVersion() {
        return version;
    }
}
