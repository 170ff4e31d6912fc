package vn.parindex.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.audit.AuditLog;
import vn.parindex.security.internal.LoginThrottles.ThrottleHold;

/** Records sign-in outcomes: the throttle counters and the audit trail, together. */
@Service
class LoginAttempts {

    static final String ENTITY = "USER";
    private static final Duration CLEAN_UP_EVERY = Duration.ofMinutes(10);

    private final UserAccountRepository users;
    private final LoginThrottles throttles;
    private final AuditLog audit;
    private final Clock clock;
    private final AtomicReference<Instant> lastCleanUp = new AtomicReference<>(Instant.EPOCH);

    LoginAttempts(UserAccountRepository users, LoginThrottles throttles, AuditLog audit, Clock clock) {
        this.users = users;
        this.throttles = throttles;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether (and until when) the throttle holds this attempt back; a read, no locks. */
    Optional<ThrottleHold> hold(String username, String clientAddress) {
        return throttles.holdFor(username, clientAddress, Instant.now(clock));
    }

    /**
     * A wrong password, or an unknown user name (audited under the name that was typed): counted
     * under every key. Read committed keeps the counter upserts free of gap locks.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    void failed(String username, String clientAddress, Long accountId) {
        Instant now = Instant.now(clock);
        throttles.countFailure(username, clientAddress, now);
        audit.recordFor(
                username,
                clientAddress,
                "LOGIN_FAILURE",
                ENTITY,
                accountId,
                null,
                accountId == null ? "unknown user" : null);
        Instant last = lastCleanUp.get();
        if (Duration.between(last, now).compareTo(CLEAN_UP_EVERY) > 0 && lastCleanUp.compareAndSet(last, now)) {
            throttles.forgetStale(now);
        }
    }

    /** An attempt held back by the throttle: refused without counting, whatever the password. */
    @Transactional
    void throttled(String username, String clientAddress, Long accountId, ThrottleHold hold) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("throttledBy", hold.kind().name());
        detail.put("until", hold.until());
        audit.recordFor(username, clientAddress, "LOGIN_THROTTLED", ENTITY, accountId, null, detail);
    }

    /** The right password for a disabled account. */
    @Transactional
    void refused(String username, String clientAddress, long accountId, String reason) {
        audit.recordFor(username, clientAddress, "LOGIN_REFUSED", ENTITY, accountId, null, reason);
    }

    /**
     * A successful sign-in: the account's counters start afresh, the time is kept, and a hash made
     * by an older algorithm is replaced (only if nobody changed the password meanwhile). Plain
     * updates, so a sign-in never makes an administrator's edit of the account stale.
     */
    @Transactional
    void succeeded(String username, String clientAddress, long accountId, String oldHash, String upgradedHash) {
        throttles.clearAfterSuccess(username, clientAddress);
        users.recordLogin(accountId, Instant.now(clock));
        if (upgradedHash != null && users.upgradePasswordHash(accountId, oldHash, upgradedHash) > 0) {
            audit.recordFor(
                    username,
                    clientAddress,
                    "PASSWORD_HASH_UPGRADED",
                    ENTITY,
                    accountId,
                    algorithm(oldHash),
                    algorithm(upgradedHash));
        }
        audit.recordFor(username, clientAddress, "LOGIN_SUCCESS", ENTITY, accountId, null, null);
    }

    private static String algorithm(String hash) {
        int end = hash.indexOf('}');
        return hash.startsWith("{") && end > 0 ? hash.substring(1, end) : "?";
    }
}
