package vn.parindex.criteria.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A node marked not applicable to one unit; it leaves that unit's maximum. */
@Entity
@Table(name = "criteria_not_applicable")
@IdClass(NotApplicable.Key.class)
public class NotApplicable {

    @Id
    private long nodeId;

    @Id
    private long unitId;

    private long setId;

    protected NotApplicable() {}

    public NotApplicable(long setId, long nodeId, long unitId) {
        this.setId = setId;
        this.nodeId = nodeId;
        this.unitId = unitId;
    }

    public long getNodeId() {
        return nodeId;
    }

    public long getUnitId() {
        return unitId;
    }

    public record Key(long nodeId, long unitId) implements Serializable {
        public Key() {
            this(0, 0);
        }
    }
}
