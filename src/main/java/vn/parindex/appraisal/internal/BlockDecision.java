package vn.parindex.appraisal.internal;

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
import vn.parindex.appraisal.BlockDecisionStatus;

/** The council's decision on one block's results of a period. */
@Entity
@Table(name = "block_decision")
public class BlockDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long periodId;
    private long blockId;

    @Enumerated(EnumType.STRING)
    @Column(columnDefinition = "varchar(20)")
    private BlockDecisionStatus status;

    private Instant approvedAt;
    private String publishedBy;
    private Instant publishedAt;

    @Version
    private long version;

    protected BlockDecision() {}

    public void approve(Instant at) {
        status = BlockDecisionStatus.APPROVED;
        approvedAt = at;
    }

    public void publish(String username, Instant at) {
        status = BlockDecisionStatus.PUBLISHED;
        publishedBy = username;
        publishedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getPeriodId() {
        return periodId;
    }

    public long getBlockId() {
        return blockId;
    }

    public BlockDecisionStatus getStatus() {
        return status;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
