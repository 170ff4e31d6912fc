package vn.parindex.security.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.parindex.security.LoginThrottleState;

/**
 * The {@code login_throttle} counters. Failures are counted with one atomic
 * {@code INSERT ... ON DUPLICATE KEY UPDATE} per key, so parallel failures never collide and every
 * one is counted. Without a client address (sign-ins that are not web requests) only the account's
 * own counter applies.
 */
@Component
public class LoginThrottles {

    static final int MAX_USERNAME_LENGTH = 100;
    static final int MAX_ADDRESS_LENGTH = 64;

    private static final String COUNT_FAILURE = """
            INSERT INTO login_throttle (kind, username, client_address, failures, window_started_at, last_failure_at)
            VALUES (?, ?, ?, 1, ?, ?)
            ON DUPLICATE KEY UPDATE
                failures = IF(window_started_at <= ?, 1, failures + 1),
                window_started_at = IF(window_started_at <= ?, ?, window_started_at),
                last_failure_at = ?""";

    private final JdbcTemplate jdbc;
    private final LoginThrottlePolicy policy;

    LoginThrottles(JdbcTemplate jdbc, LoginThrottleProperties properties) {
        this.jdbc = jdbc;
        this.policy = new LoginThrottlePolicy(properties);
    }

    /** The latest moment any counter of this sign-in attempt holds it back until, if one does. */
    Optional<ThrottleHold> holdFor(String username, String clientAddress, Instant now) {
        return counters(username, clientAddress).stream()
                .flatMap(counter -> policy.blockedUntil(counter, now).stream()
                        .map(until -> new ThrottleHold(counter.kind(), until)))
                .max(Comparator.comparing(ThrottleHold::until));
    }

    /** Counts one failed sign-in under every key that applies; call inside the transaction that audits it. */
    void countFailure(String username, String clientAddress, Instant now) {
        String user = usernameKey(username);
        String address = addressKey(clientAddress);
        if (!address.isEmpty()) {
            upsert(ThrottleKind.ADDRESS, "", address, now);
            upsert(ThrottleKind.ACCOUNT_ADDRESS, user, address, now);
        }
        upsert(ThrottleKind.ACCOUNT, user, "", now);
    }

    /** After a successful sign-in the account starts afresh; the address keeps its count. */
    void clearAfterSuccess(String username, String clientAddress) {
        jdbc.update(
                "DELETE FROM login_throttle WHERE username = ? AND (kind = ? OR (kind = ? AND client_address = ?))",
                usernameKey(username),
                ThrottleKind.ACCOUNT.name(),
                ThrottleKind.ACCOUNT_ADDRESS.name(),
                addressKey(clientAddress));
    }

    /** Lifts every hold on an account, from every address. Returns how many counters were removed. */
    public int clearAccount(String username) {
        return jdbc.update(
                "DELETE FROM login_throttle WHERE username = ? AND kind IN (?, ?)",
                usernameKey(username),
                ThrottleKind.ACCOUNT.name(),
                ThrottleKind.ACCOUNT_ADDRESS.name());
    }

    /** The throttling state of every existing account that has live counters, by lower-case user name. */
    public Map<String, LoginThrottleState> accountStates(Instant now) {
        List<ThrottleCounter> counters = jdbc.query(
                "SELECT t.kind, t.username, t.client_address, t.failures, t.window_started_at, t.last_failure_at"
                        + " FROM login_throttle t JOIN app_user u ON u.username = t.username"
                        + " WHERE t.kind IN (?, ?)",
                LoginThrottles::counter,
                ThrottleKind.ACCOUNT.name(),
                ThrottleKind.ACCOUNT_ADDRESS.name());
        Map<String, List<ThrottleCounter>> byUser = new HashMap<>();
        for (ThrottleCounter counter : counters) {
            if (!policy.stale(counter, now)) {
                byUser.computeIfAbsent(counter.username().toLowerCase(Locale.ROOT), key -> new ArrayList<>())
                        .add(counter);
            }
        }
        Map<String, LoginThrottleState> states = new HashMap<>();
        byUser.forEach((user, live) -> states.put(user, state(live, now)));
        return states;
    }

    public LoginThrottleState accountState(String username, Instant now) {
        return accountStates(now).getOrDefault(usernameKey(username), LoginThrottleState.NONE);
    }

    /** Removes counters that no longer count; any node may run it, it is idempotent. */
    int forgetStale(Instant now) {
        return jdbc.update("DELETE FROM login_throttle WHERE last_failure_at < ?", utc(policy.forgetBefore(now)));
    }

    private LoginThrottleState state(List<ThrottleCounter> live, Instant now) {
        int failures = 0;
        Instant blockedEverywhereUntil = null;
        Instant latestAddressBlock = null;
        int blockedAddresses = 0;
        for (ThrottleCounter counter : live) {
            Optional<Instant> until = policy.blockedUntil(counter, now);
            if (counter.kind() == ThrottleKind.ACCOUNT) {
                failures = counter.failures();
                blockedEverywhereUntil = until.orElse(null);
            } else if (until.isPresent()) {
                blockedAddresses++;
                if (latestAddressBlock == null || until.get().isAfter(latestAddressBlock)) {
                    latestAddressBlock = until.get();
                }
            }
        }
        return new LoginThrottleState(failures, blockedEverywhereUntil, blockedAddresses, latestAddressBlock);
    }

    private List<ThrottleCounter> counters(String username, String clientAddress) {
        String user = usernameKey(username);
        String address = addressKey(clientAddress);
        return jdbc.query(
                "SELECT kind, username, client_address, failures, window_started_at, last_failure_at"
                        + " FROM login_throttle WHERE (kind = ? AND username = '' AND client_address = ?)"
                        + " OR (kind = ? AND username = ? AND client_address = ?)"
                        + " OR (kind = ? AND username = ? AND client_address = '')",
                LoginThrottles::counter,
                ThrottleKind.ADDRESS.name(),
                address,
                ThrottleKind.ACCOUNT_ADDRESS.name(),
                user,
                address,
                ThrottleKind.ACCOUNT.name(),
                user);
    }

    private void upsert(ThrottleKind kind, String username, String address, Instant now) {
        LocalDateTime at = utc(now);
        LocalDateTime cutoff = utc(policy.windowCutoff(now));
        jdbc.update(COUNT_FAILURE, kind.name(), username, address, at, at, cutoff, cutoff, at, at);
    }

    private static ThrottleCounter counter(ResultSet row, int rowNumber) throws SQLException {
        return new ThrottleCounter(
                ThrottleKind.valueOf(row.getString("kind")),
                row.getString("username"),
                row.getString("client_address"),
                row.getInt("failures"),
                instant(row.getObject("window_started_at", LocalDateTime.class)),
                instant(row.getObject("last_failure_at", LocalDateTime.class)));
    }

    /** User names compare without case (as the database's collation does) and are cut to the column. */
    public static String usernameKey(String username) {
        String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return key.length() > MAX_USERNAME_LENGTH ? key.substring(0, MAX_USERNAME_LENGTH) : key;
    }

    static String addressKey(String clientAddress) {
        String key = clientAddress == null ? "" : clientAddress.strip();
        return key.length() > MAX_ADDRESS_LENGTH ? key.substring(0, MAX_ADDRESS_LENGTH) : key;
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime utc) {
        return utc.toInstant(ZoneOffset.UTC);
    }

    /** A sign-in held back: by which counter, and until when. */
    record ThrottleHold(ThrottleKind kind, Instant until) {}
}
