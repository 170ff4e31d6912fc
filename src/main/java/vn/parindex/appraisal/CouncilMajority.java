package vn.parindex.appraisal;

/**
 * The council's rule: a block is approved when more than half of all active council members approve.
 * Rejections, abstentions and members who have not voted all count against; inactive (disabled)
 * members count neither way.
 */
public record CouncilMajority(int activeMembers, int approvals) {

    /** The approvals needed: more than half of the active members. */
    public int needed() {
        return activeMembers / 2 + 1;
    }

    public boolean approved() {
        return activeMembers > 0 && approvals >= needed();
    }
}
