package vn.parindex.security.internal;

/** What a login throttle counter counts failures of. */
enum ThrottleKind {
    /** Every account tried from one client address. */
    ADDRESS,
    /** One account tried from one client address. */
    ACCOUNT_ADDRESS,
    /** One account tried from anywhere: the ceiling against guessing from many addresses. */
    ACCOUNT
}
