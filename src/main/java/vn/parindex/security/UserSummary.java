package vn.parindex.security;

import java.time.Instant;
import java.util.Set;

/** A user account as listed to the administrator; never carries the password hash. */
public record UserSummary(
        long id,
        String username,
        String fullName,
        String email,
        Long unitId,
        Set<Role> roles,
        boolean enabled,
        LoginThrottleState loginThrottle,
        Instant lastLoginAt,
        String language,
        long version) {}
