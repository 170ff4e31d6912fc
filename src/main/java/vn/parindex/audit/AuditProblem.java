package vn.parindex.audit;

/** What verification found wrong with the chain at the first bad event. */
public enum AuditProblem {
    /** The event's content no longer matches its hash. */
    ALTERED,
    /** One or more events before this one (or at the end of the chain) are gone. */
    DELETED,
    /** The event does not link to the one before it, or sits outside the chain. */
    INSERTED;

    public String labelKey() {
        return "audit.problem." + name();
    }
}
