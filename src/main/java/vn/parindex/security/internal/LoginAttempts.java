package vn.parindex.security.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.audit.AuditLog;

/** Records login outcomes: lockout bookkeeping and the audit trail. */
@Service
class LoginAttempts {

    static final String ENTITY = "USER";

    private final UserAccountRepository users;
    private final AuditLog audit;
    private final Clock clock;
    private final LockoutProperties lockout;

    LoginAttempts(UserAccountRepository users, AuditLog audit, Clock clock, LockoutProperties lockout) {
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.lockout = lockout;
    }

    @Transactional
    void succeeded(String username, String clientAddress) {
        Instant now = Instant.now(clock);
        users.findByUsername(username).ifPresent(account -> {
            account.registerSuccessfulLogin(now);
            audit.recordFor(username, clientAddress, "LOGIN_SUCCESS", ENTITY, account.getId(), null, null);
        });
    }

    /** A wrong password, or an unknown user name (audited under the name that was typed). */
    @Transactional
    void failed(String username, String clientAddress) {
        Instant now = Instant.now(clock);
        var account = users.findByUsername(username);
        audit.recordFor(
                username,
                clientAddress,
                "LOGIN_FAILURE",
                ENTITY,
                account.map(UserAccount::getId).orElse(null),
                null,
                account.isPresent() ? null : "unknown user");
        account.ifPresent(user -> {
            boolean lockedNow = user.registerFailedLogin(
                    now, lockout.maxFailedLogins(), lockout.failureWindow(), lockout.lockoutDuration());
            if (lockedNow) {
                audit.recordFor(
                        username,
                        clientAddress,
                        "ACCOUNT_LOCKED",
                        ENTITY,
                        user.getId(),
                        null,
                        Map.of("lockedUntil", now.plus(lockout.lockoutDuration())));
            }
        });
    }

    /** A login refused without checking the password: the account is locked or disabled. */
    @Transactional
    void refused(String username, String clientAddress, String reason) {
        users.findByUsername(username)
                .ifPresent(account -> audit.recordFor(
                        username, clientAddress, "LOGIN_REFUSED", ENTITY, account.getId(), null, reason));
    }
}
