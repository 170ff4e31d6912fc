package vn.parindex.shared;

/** Someone else saved the same record since it was opened; nothing was overwritten. */
public class ConcurrentEditException extends BusinessRuleException {

    public ConcurrentEditException() {
        super("error.concurrentEdit");
    }

    /** Refuses the change when the version the user edited is no longer the stored one. */
    public static void check(long storedVersion, long editedVersion) {
        if (storedVersion != editedVersion) {
            throw new ConcurrentEditException();
        }
    }
}
