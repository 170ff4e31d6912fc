package vn.parindex.appraisal;

/** A council member's vote on a block's results; only approvals count towards the majority. */
public enum CouncilVoteChoice {
    APPROVE,
    REJECT,
    ABSTAIN;

    public String labelKey() {
        return "vote.choice." + name();
    }
}
