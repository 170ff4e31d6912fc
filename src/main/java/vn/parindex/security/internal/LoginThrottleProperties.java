package vn.parindex.security.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many failed sign-ins each key allows within a window before the next attempt must wait, and
 * how long it waits: the first delay, doubled at every further failure, never longer than the
 * maximum. With the defaults one address gets about a dozen guesses an hour at one account, far
 * below the account's own ceiling, so it can never hold the real user back from another address.
 *
 * @param window failures count within this window from the key's first failure
 * @param perAccountAndAddress free failures of one account from one client address
 * @param perAddress free failures from one client address, whatever the accounts
 * @param perAccount free failures of one account from all addresses together
 * @param firstDelay wait after the last free failure
 * @param maxDelay longest wait
 */
@ConfigurationProperties("parindex.security.login-throttle")
record LoginThrottleProperties(
        @DefaultValue("1h") Duration window,
        @DefaultValue("5") int perAccountAndAddress,
        @DefaultValue("30") int perAddress,
        @DefaultValue("20") int perAccount,
        @DefaultValue("1m") Duration firstDelay,
        @DefaultValue("15m") Duration maxDelay) {

    LoginThrottleProperties {
        if (perAccountAndAddress < 1 || perAddress < 1 || perAccount < 1) {
            throw new IllegalArgumentException("Login throttle limits must be at least 1");
        }
        if (window.isNegative() || window.isZero() || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("Login throttle durations: window > 0, 0 <= first delay <= max delay");
        }
    }
}
