package vn.parindex.period.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.parindex.period.DeadlineExtensionSummary;
import vn.parindex.period.Phase;

@Entity
@Table(name = "deadline_extension")
public class DeadlineExtension {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long periodId;
    private long unitId;

    @Enumerated(EnumType.STRING)
    @Column(columnDefinition = "varchar(30)")
    private Phase phase;

    private LocalDate deadline;
    private String reason;
    private String createdBy;
    private Instant createdAt;

    protected DeadlineExtension() {}

    public DeadlineExtension(
            long periodId,
            long unitId,
            Phase phase,
            LocalDate deadline,
            String reason,
            String createdBy,
            Instant createdAt) {
        this.periodId = periodId;
        this.unitId = unitId;
        this.phase = phase;
        this.deadline = deadline;
        this.reason = reason;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public DeadlineExtensionSummary toSummary() {
        return new DeadlineExtensionSummary(id, unitId, phase, deadline, reason, createdBy, createdAt);
    }

    public Long getId() {
        return id;
    }

    public LocalDate getDeadline() {
        return deadline;
    }
}
