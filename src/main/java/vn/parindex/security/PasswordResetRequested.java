package vn.parindex.security;

import java.time.Instant;

/**
 * A forgotten-password link was created for an enabled account with an e-mail address, and the
 * notification module mails it after the commit. The raw token exists only here: deliver it and
 * forget it, never store or log this event ({@link #toString()} leaves the token out).
 */
public record PasswordResetRequested(
        long userId, String username, String fullName, String email, String language, String token, Instant expiresAt) {

    @Override
    public String toString() {
        return "PasswordResetRequested[userId=" + userId + ", expiresAt=" + expiresAt + "]";
    }
}
