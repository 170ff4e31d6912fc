package vn.parindex.criteria.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The old version of a node changed after self-assessment opened, with who, when and why. */
@Entity
@Table(name = "criteria_change")
public class CriteriaChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long setId;
    private Long nodeId;
    private int revision;
    private Instant changedAt;
    private String changedBy;
    private String reason;

    @Column(columnDefinition = "mediumtext")
    private String oldValue;

    @Column(columnDefinition = "mediumtext")
    private String newValue;

    protected CriteriaChange() {}

    public CriteriaChange(
            long setId,
            Long nodeId,
            int revision,
            Instant changedAt,
            String changedBy,
            String reason,
            String oldValue,
            String newValue) {
        this.setId = setId;
        this.nodeId = nodeId;
        this.revision = revision;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.reason = reason;
        this.oldValue = oldValue;
        this.newValue = newValue;
    }
}
