package vn.parindex.appraisal.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A council member assigned to a unit of a period, to the whole unit or to one of its areas. */
@Entity
@Table(name = "appraisal_assignment")
public class Assignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long periodId;
    private long unitId;
    private long memberId;
    /** Null: the whole unit. (area_key, the generated column the unique key uses, is not mapped.) */
    private Long areaNodeId;

    private String assignedBy;
    private Instant assignedAt;

    protected Assignment() {}

    public Assignment(long periodId, long unitId, long memberId, Long areaNodeId, String assignedBy, Instant at) {
        this.periodId = periodId;
        this.unitId = unitId;
        this.memberId = memberId;
        this.areaNodeId = areaNodeId;
        this.assignedBy = assignedBy;
        this.assignedAt = at;
    }

    public boolean wholeUnit() {
        return areaNodeId == null;
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

    public long getMemberId() {
        return memberId;
    }

    public Long getAreaNodeId() {
        return areaNodeId;
    }

    public String getAssignedBy() {
        return assignedBy;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }
}
