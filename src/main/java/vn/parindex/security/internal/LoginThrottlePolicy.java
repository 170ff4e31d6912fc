package vn.parindex.security.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Turns counted failures into waits. Each key allows a number of free failures within its window;
 * after the last free one the next attempt waits the first delay, and every further failure doubles
 * the wait up to the maximum. A counter whose window is over and whose wait has passed is stale: the
 * next failure starts it again at one.
 */
final class LoginThrottlePolicy {

    private final LoginThrottleProperties properties;

    LoginThrottlePolicy(LoginThrottleProperties properties) {
        this.properties = properties;
    }

    int freeFailures(ThrottleKind kind) {
        return switch (kind) {
            case ADDRESS -> properties.perAddress();
            case ACCOUNT_ADDRESS -> properties.perAccountAndAddress();
            case ACCOUNT -> properties.perAccount();
        };
    }

    /** How long the next attempt waits after {@code failures} failures under a key of this kind. */
    Duration delayAfter(ThrottleKind kind, int failures) {
        int beyondFree = failures - freeFailures(kind);
        if (beyondFree < 0) {
            return Duration.ZERO;
        }
        Duration delay = properties.firstDelay().multipliedBy(1L << Math.min(beyondFree, 30));
        return delay.compareTo(properties.maxDelay()) > 0 ? properties.maxDelay() : delay;
    }

    /** When the counter stops holding attempts back, if it holds them back now. */
    Optional<Instant> blockedUntil(ThrottleCounter counter, Instant now) {
        Instant until = counter.lastFailureAt().plus(delayAfter(counter.kind(), counter.failures()));
        return until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }

    /** Whether the counter no longer counts: its window is over and any wait has passed. */
    boolean stale(ThrottleCounter counter, Instant now) {
        return !now.isBefore(counter.windowStartedAt().plus(properties.window()))
                && blockedUntil(counter, now).isEmpty();
    }

    /** A counter whose window started at or before this instant starts again at its next failure. */
    Instant windowCutoff(Instant now) {
        return now.minus(properties.window());
    }

    /** Rows last touched before this instant are stale whatever their count, and may be deleted. */
    Instant forgetBefore(Instant now) {
        return now.minus(properties.window()).minus(properties.maxDelay());
    }
}
