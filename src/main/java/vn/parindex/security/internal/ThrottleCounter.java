package vn.parindex.security.internal;

import java.time.Instant;

/** One row of {@code login_throttle}: failures counted under a key since the window started. */
record ThrottleCounter(
        ThrottleKind kind,
        String username,
        String clientAddress,
        int failures,
        Instant windowStartedAt,
        Instant lastFailureAt) {}
