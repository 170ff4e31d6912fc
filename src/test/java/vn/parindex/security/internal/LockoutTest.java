package vn.parindex.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import vn.parindex.audit.AuditEntry;
import vn.parindex.audit.AuditTrail;
import vn.parindex.security.Role;
import vn.parindex.security.UserAdministration;
import vn.parindex.support.Accounts;
import vn.parindex.support.MutableClock;
import vn.parindex.support.PortalIntegrationTest;
import vn.parindex.support.SignIn;

@PortalIntegrationTest
class LockoutTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    MutableClock clock;

    @Autowired
    UserAccountRepository users;

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    UserAdministration administration;

    @AfterEach
    void resetClock() {
        clock.reset();
        SignIn.out();
    }

    @Test
    void fiveFailuresWithinFifteenMinutesLockTheAccountForFifteenMinutes() {
        String username = Accounts.create(context, Role.LEADER, null);
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThatThrownBy(() -> SignIn.as(context, username, "wrong-password"))
                    .isInstanceOf(BadCredentialsException.class);
            clock.advance(Duration.ofMinutes(2));
        }
        assertThat(lockedNow(username)).isFalse();
        assertThatThrownBy(() -> SignIn.as(context, username, "wrong-password"))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(lockedNow(username)).isTrue();

        // Even the right password is refused while locked.
        assertThatThrownBy(() -> SignIn.as(context, username, Accounts.PASSWORD))
                .isInstanceOf(LockedException.class);

        clock.advance(Duration.ofMinutes(14));
        assertThatThrownBy(() -> SignIn.as(context, username, Accounts.PASSWORD))
                .isInstanceOf(LockedException.class);
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(SignIn.as(context, username, Accounts.PASSWORD).isAuthenticated())
                .isTrue();

        SignIn.as(context, "admin");
        long id = users.findByUsername(username).orElseThrow().getId();
        assertThat(auditTrail.latest("USER", String.valueOf(id), 50))
                .extracting(AuditEntry::action)
                .contains("LOGIN_FAILURE", "ACCOUNT_LOCKED", "LOGIN_REFUSED", "LOGIN_SUCCESS");
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowDoNotLock() {
        String username = Accounts.create(context, Role.LEADER, null);
        for (int attempt = 1; attempt <= 8; attempt++) {
            assertThatThrownBy(() -> SignIn.as(context, username, "wrong-password"))
                    .isInstanceOf(BadCredentialsException.class);
            clock.advance(Duration.ofMinutes(4));
        }
        assertThat(lockedNow(username)).isFalse();
        assertThat(SignIn.as(context, username, Accounts.PASSWORD).isAuthenticated())
                .isTrue();
    }

    @Test
    void anUnknownUserGetsTheSameAnswerAsAWrongPasswordAndIsAudited() {
        assertThatThrownBy(() -> SignIn.as(context, "nobody-here", "whatever-123"))
                .isInstanceOf(BadCredentialsException.class)
                .hasMessage(catchMessage("gtvt", "wrong-password-123"));
        SignIn.as(context, "admin");
        assertThat(auditTrail.latest("USER", null, 20)).anySatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo("nobody-here");
            assertThat(entry.action()).isEqualTo("LOGIN_FAILURE");
        });
    }

    @Test
    void theAdministratorCanUnlockALockedAccount() {
        String username = Accounts.create(context, Role.LEADER, null);
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThatThrownBy(() -> SignIn.as(context, username, "wrong-password"));
        }
        assertThat(lockedNow(username)).isTrue();
        SignIn.as(context, "admin");
        administration.unlock(users.findByUsername(username).orElseThrow().getId());
        SignIn.out();
        assertThat(SignIn.as(context, username, Accounts.PASSWORD).isAuthenticated())
                .isTrue();
    }

    private String catchMessage(String username, String password) {
        try {
            SignIn.as(context, username, password);
            return "no failure";
        } catch (RuntimeException e) {
            return e.getMessage();
        }
    }

    private boolean lockedNow(String username) {
        return users.findByUsername(username).orElseThrow().isLockedAt(clock.instant());
    }
}
