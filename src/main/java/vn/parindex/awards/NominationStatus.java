package vn.parindex.awards;

/**
 * PROPOSED while units prepare their nominations; ACCEPTED once the secretariat takes one into the
 * list (its own are accepted as it adds them, but never its own unit's), RETURNED when it sends one
 * back with a reason (changing it proposes it again); SUBMITTED once the secretariat sends the
 * list to the leader; APPROVED or REJECTED by the leader; DECIDED once in an issued decision (then
 * nothing changes it but a new, reasoned decision).
 */
public enum NominationStatus {
    PROPOSED,
    ACCEPTED,
    RETURNED,
    SUBMITTED,
    APPROVED,
    REJECTED,
    DECIDED;

    public String labelKey() {
        return "awards.status." + name();
    }
}
