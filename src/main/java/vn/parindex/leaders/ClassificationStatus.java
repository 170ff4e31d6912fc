package vn.parindex.leaders;

/** A block's classification: prepared and edited by the secretariat, then decided by the leader. */
public enum ClassificationStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    APPROVED;

    /** The secretariat may change levels and flags. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    public String labelKey() {
        return "leaders.status." + name();
    }
}
