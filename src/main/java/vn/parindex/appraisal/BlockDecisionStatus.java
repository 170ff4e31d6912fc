package vn.parindex.appraisal;

/**
 * Where a block's results stand: not ready for the vote (a unit not final, or the survey missing),
 * open for votes, approved by the majority, published.
 */
public enum BlockDecisionStatus {
    NOT_READY,
    OPEN,
    APPROVED,
    PUBLISHED;

    public String labelKey() {
        return "vote.status." + name();
    }
}
