package vn.parindex.security;

import java.time.Instant;

/**
 * How an account's failed sign-ins hold it back now, as the administrator sees it.
 *
 * @param failures failed sign-ins from all addresses in the current window
 * @param blockedEverywhereUntil when sign-in from any address is possible again, or null
 * @param blockedAddresses client addresses from which sign-in to this account waits now
 * @param latestAddressBlockUntil the latest end of those waits, or null
 */
public record LoginThrottleState(
        int failures, Instant blockedEverywhereUntil, int blockedAddresses, Instant latestAddressBlockUntil) {

    public static final LoginThrottleState NONE = new LoginThrottleState(0, null, 0, null);

    /** Whether anything holds sign-ins to the account back, or any failure is still counted. */
    public boolean active() {
        return failures > 0 || blockedEverywhereUntil != null || blockedAddresses > 0;
    }

    public boolean blocked() {
        return blockedEverywhereUntil != null || blockedAddresses > 0;
    }
}
