package vn.parindex.notification;

/** Where the e-mail copy of a notification stands. */
public enum MailStatus {
    /** No e-mail: mail is not configured, the user has no address or has turned e-mail off. */
    NONE,
    PENDING,
    SENDING,
    SENT,
    /** The last attempt failed; retried until the attempts run out, then it stays so. */
    FAILED
}
