package vn.parindex.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import vn.parindex.audit.AuditEntry;
import vn.parindex.audit.AuditTrail;
import vn.parindex.security.LoginThrottleState;
import vn.parindex.security.Role;
import vn.parindex.security.UserAdministration;
import vn.parindex.security.UserDraft;
import vn.parindex.support.Accounts;
import vn.parindex.support.MutableClock;
import vn.parindex.support.PortalIntegrationTest;
import vn.parindex.support.SignIn;

/**
 * Sign-in throttling as OWASP ASVS 2.2.1 asks: by client address and by account and address with
 * growing waits, and a ceiling per account across addresses; never a lock one attacker can hold on
 * the real user, never an unlimited run of guesses. Every test uses its own accounts and addresses.
 */
@PortalIntegrationTest
class LoginThrottleTest {

    private static final AtomicInteger NEXT_ADDRESS =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(1, 200));

    @Autowired
    ApplicationContext context;

    @Autowired
    AuthenticationConfiguration authenticationConfiguration;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserAccountRepository users;

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    UserAdministration administration;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    LoginAttempts attempts;

    @AfterEach
    void resetClock() {
        clock.reset();
        SignIn.out();
    }

    @Test
    void anAttackerFromOneAddressWaitsLongerAndLongerButNeverLocksTheRealUserOut() {
        String username = Accounts.create(context, Role.LEADER, null);
        String attacker = newAddress();
        String realUser = newAddress();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertRefused(username, "wrong-password", attacker);
        }
        // Held back now, even with the right password, with the very same answer.
        assertThat(refusalMessage(username, Accounts.PASSWORD, attacker))
                .isEqualTo(refusalMessage(username, "wrong-password", newAddress()));
        assertRefused(username, Accounts.PASSWORD, attacker);

        // The real user, elsewhere, signs in at once.
        assertThat(signIn(username, Accounts.PASSWORD, realUser).isAuthenticated())
                .isTrue();

        // The attacker's waits grow: 1 minute after the fifth failure, 2 after the sixth.
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertRefused(username, "wrong-again", attacker);
        clock.advance(Duration.ofMinutes(1));
        assertRefused(username, Accounts.PASSWORD, attacker);
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(signIn(username, Accounts.PASSWORD, attacker).isAuthenticated())
                .isTrue();

        SignIn.as(context, "admin");
        assertThat(auditTrail.latest("USER", String.valueOf(idOf(username)), 50))
                .extracting(AuditEntry::action)
                .contains("LOGIN_FAILURE", "LOGIN_THROTTLED", "LOGIN_SUCCESS");
    }

    @Test
    void oneAddressTryingManyAccountsIsHeldBackForEveryAccount() {
        String username = Accounts.create(context, Role.LEADER, null);
        String sprayer = newAddress();
        for (int attempt = 1; attempt <= 30; attempt++) {
            assertRefused("nobody-" + UUID.randomUUID(), "Guess-" + attempt, sprayer);
        }
        assertRefused(username, Accounts.PASSWORD, sprayer);
        assertThat(signIn(username, Accounts.PASSWORD, newAddress()).isAuthenticated())
                .isTrue();
    }

    @Test
    void guessingOneAccountFromManyAddressesMeetsTheAccountCeilingWhichPassesInMinutes() {
        String username = Accounts.create(context, Role.LEADER, null);
        for (int attempt = 1; attempt <= 20; attempt++) {
            assertRefused(username, "guess-" + attempt, newAddress());
        }
        assertRefused(username, Accounts.PASSWORD, newAddress());

        SignIn.as(context, "admin");
        LoginThrottleState state = administration.user(idOf(username)).loginThrottle();
        assertThat(state.failures()).isEqualTo(20);
        assertThat(state.blockedEverywhereUntil()).isAfter(clock.instant());
        SignIn.out();

        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(signIn(username, Accounts.PASSWORD, newAddress()).isAuthenticated())
                .isTrue();
    }

    @Test
    void twentyParallelFailuresAreAllCountedWithoutAnError() throws Exception {
        String username = Accounts.create(context, Role.LEADER, null);
        List<Callable<Throwable>> tries = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String address = newAddress();
            tries.add(() -> {
                try {
                    signIn(username, "parallel-wrong", address);
                    return null;
                } catch (Throwable e) {
                    return e;
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Throwable> outcomes = new ArrayList<>();
        try {
            for (Future<Throwable> outcome : pool.invokeAll(tries)) {
                outcomes.add(outcome.get());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome).isInstanceOf(BadCredentialsException.class));
        assertThat(jdbc.queryForObject(
                        "select failures from login_throttle where kind = 'ACCOUNT' and username = ?",
                        Integer.class,
                        username))
                .isEqualTo(20);
        SignIn.as(context, "admin");
        assertThat(auditTrail.latest("USER", String.valueOf(idOf(username)), 50))
                .filteredOn(entry -> entry.action().equals("LOGIN_FAILURE"))
                .hasSize(20);
    }

    @Test
    void everyAnswerCostsExactlyOnePasswordCheck() {
        CountingEncoder counting = new CountingEncoder(passwordEncoder);
        ThrottledAuthenticationProvider provider = new ThrottledAuthenticationProvider(users, counting, attempts);
        String active = Accounts.create(context, Role.LEADER, null);
        String disabled = Accounts.create(context, Role.LEADER, null);
        SignIn.as(context, "admin");
        administration.setEnabled(idOf(disabled), false);
        SignIn.out();
        String heldBack = Accounts.create(context, Role.LEADER, null);
        String attacker = newAddress();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertRefused(heldBack, "wrong-password", attacker);
        }

        record Case(String name, String username, String password, String address) {}
        List<Case> cases = List.of(
                new Case("wrong password", active, "wrong-password", newAddress()),
                new Case("unknown user", "nobody-" + UUID.randomUUID(), Accounts.PASSWORD, newAddress()),
                new Case("disabled account", disabled, Accounts.PASSWORD, newAddress()),
                new Case("held back", heldBack, Accounts.PASSWORD, attacker),
                new Case("success", active, Accounts.PASSWORD, newAddress()));
        for (Case each : cases) {
            counting.reset();
            long started = System.nanoTime();
            try {
                provider.authenticate(attempt(each.username(), each.password(), each.address()));
            } catch (BadCredentialsException expected) {
                // every refusal is the same exception
            }
            System.out.printf(
                    "Sign-in answer, %s: %d ms, %d hash check(s)%n",
                    each.name(), (System.nanoTime() - started) / 1_000_000, counting.matches());
            assertThat(counting.matches()).as(each.name()).isEqualTo(1);
        }
    }

    @Test
    void theAdministratorSeesAndLiftsEveryHoldOfAnAccount() {
        String username = Accounts.create(context, Role.LEADER, null);
        String attacker = newAddress();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertRefused(username, "wrong-password", attacker);
        }
        SignIn.as(context, "admin");
        long id = idOf(username);
        LoginThrottleState state = administration.users().stream()
                .filter(user -> user.id() == id)
                .findFirst()
                .orElseThrow()
                .loginThrottle();
        assertThat(state.failures()).isEqualTo(5);
        assertThat(state.blockedAddresses()).isEqualTo(1);
        assertThat(state.blockedEverywhereUntil()).isNull();
        assertThat(state.latestAddressBlockUntil()).isAfter(clock.instant());

        administration.unlock(id);
        assertThat(administration.user(id).loginThrottle()).isEqualTo(LoginThrottleState.NONE);
        assertThat(auditTrail.latest("USER", String.valueOf(id), 5))
                .extracting(AuditEntry::action)
                .contains("USER_UNLOCKED");
        SignIn.out();
        assertThat(signIn(username, Accounts.PASSWORD, attacker).isAuthenticated())
                .isTrue();
    }

    @Test
    void aLongVietnamesePassphraseCountsInFull() {
        String passphrase = "Những ngày cuối thu, lá vàng rơi đầy trên con đường nhỏ dẫn về quê ngoại";
        byte[] bytes = passphrase.getBytes(StandardCharsets.UTF_8);
        assertThat(bytes.length).isGreaterThan(72);
        // Same first 72 bytes, different after: BCrypt would take it for the same password.
        int cut = 0;
        while (passphrase.substring(0, cut).getBytes(StandardCharsets.UTF_8).length < 72) {
            cut++;
        }
        String samePrefix = passphrase.substring(0, cut) + " và khác hẳn ở phần cuối";
        assertThat(samePrefix).isNotEqualTo(passphrase);
        assertThat(samePrefix.getBytes(StandardCharsets.UTF_8)).startsWith(Arrays.copyOf(bytes, 72));

        SignIn.as(context, "admin");
        String username = "long" + UUID.randomUUID().toString().substring(0, 8);
        administration.create(
                new UserDraft(username, "Người dùng câu dài", null, null, EnumSet.of(Role.LEADER), passphrase));
        SignIn.out();

        assertThat(users.findByUsername(username).orElseThrow().getPasswordHash())
                .startsWith("{argon2}$argon2id$");
        assertThat(signIn(username, passphrase, newAddress()).isAuthenticated()).isTrue();
        assertRefused(username, samePrefix, newAddress());
    }

    @Test
    void anOlderBcryptHashStillSignsInAndIsReplacedByArgon2() {
        String username = Accounts.create(context, Role.LEADER, null);
        jdbc.update(
                "update app_user set password_hash = ? where username = ?",
                "{bcrypt}" + new BCryptPasswordEncoder().encode(Accounts.PASSWORD),
                username);

        assertThat(signIn(username, Accounts.PASSWORD, newAddress()).isAuthenticated())
                .isTrue();
        assertThat(jdbc.queryForObject("select password_hash from app_user where username = ?", String.class, username))
                .startsWith("{argon2}");
        assertThat(signIn(username, Accounts.PASSWORD, newAddress()).isAuthenticated())
                .isTrue();
        SignIn.as(context, "admin");
        assertThat(auditTrail.latest("USER", String.valueOf(idOf(username)), 10))
                .extracting(AuditEntry::action)
                .containsOnlyOnce("PASSWORD_HASH_UPGRADED");
    }

    @Test
    void anUnknownUserGetsTheSameAnswerAsAWrongPasswordAndIsAudited() {
        String address = newAddress();
        String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(refusalMessage(unknown, "whatever-123", address))
                .isEqualTo(refusalMessage(Accounts.create(context, Role.LEADER, null), "wrong-password-123", address));
        SignIn.as(context, "admin");
        assertThat(auditTrail.latest("USER", null, 20)).anySatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo(unknown);
            assertThat(entry.action()).isEqualTo("LOGIN_FAILURE");
        });
    }

    private Authentication signIn(String username, String password, String address) {
        try {
            AuthenticationManager manager = authenticationConfiguration.getAuthenticationManager();
            return manager.authenticate(attempt(username, password, address));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static UsernamePasswordAuthenticationToken attempt(String username, String password, String address) {
        UsernamePasswordAuthenticationToken attempt =
                UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        attempt.setDetails(new WebAuthenticationDetails(address, null));
        return attempt;
    }

    private void assertRefused(String username, String password, String address) {
        assertThatThrownBy(() -> signIn(username, password, address)).isInstanceOf(BadCredentialsException.class);
    }

    private String refusalMessage(String username, String password, String address) {
        try {
            signIn(username, password, address);
            return "no refusal";
        } catch (BadCredentialsException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    private long idOf(String username) {
        return users.findByUsername(username).orElseThrow().getId();
    }

    /** A documentation-range address of its own for every call, so counters never meet across tests. */
    private static String newAddress() {
        int n = NEXT_ADDRESS.incrementAndGet();
        return "203.0." + (n / 250 % 250) + "." + (n % 250 + 1);
    }

    /** The portal's encoder, counting the checks. */
    static final class CountingEncoder implements PasswordEncoder {
        private final PasswordEncoder delegate;
        private final AtomicInteger matches = new AtomicInteger();

        CountingEncoder(PasswordEncoder delegate) {
            this.delegate = delegate;
        }

        void reset() {
            matches.set(0);
        }

        int matches() {
            return matches.get();
        }

        @Override
        public String encode(CharSequence rawPassword) {
            return delegate.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            matches.incrementAndGet();
            return delegate.matches(rawPassword, encodedPassword);
        }

        @Override
        public boolean upgradeEncoding(String encodedPassword) {
            return delegate.upgradeEncoding(encodedPassword);
        }
    }
}
