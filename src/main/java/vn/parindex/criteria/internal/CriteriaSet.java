package vn.parindex.criteria.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

@Entity
@Table(name = "criteria_set")
public class CriteriaSet {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long periodId;
    private long blockId;
    private BigDecimal maxTotal = BigDecimal.valueOf(100);
    private int revision = 1;

    @Version
    private long version;

    protected CriteriaSet() {}

    public CriteriaSet(long periodId, long blockId, BigDecimal maxTotal) {
        this.periodId = periodId;
        this.blockId = blockId;
        this.maxTotal = maxTotal;
    }

    /** A change after self-assessment opened starts a new revision; the old node values are kept. */
    public void nextRevision() {
        revision++;
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

    public BigDecimal getMaxTotal() {
        return maxTotal;
    }

    public int getRevision() {
        return revision;
    }

    public long getVersion() {
        return version;
    }
}
