package vn.parindex.awards;

/**
 * PROPOSED while units and the secretariat prepare the list; SUBMITTED once the secretariat sends the
 * list to the leader; APPROVED or REJECTED by the leader; DECIDED once in an issued decision (then
 * nothing changes it but a new, reasoned decision).
 */
public enum NominationStatus {
    PROPOSED,
    SUBMITTED,
    APPROVED,
    REJECTED,
    DECIDED;

    public String labelKey() {
        return "awards.status." + name();
    }
}
