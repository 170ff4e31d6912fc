package vn.parindex.security.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every forgotten-password request with its client address, whatever was typed, so one address
 * cannot send unlimited requests; rows older than a day are dropped as new ones come in.
 */
@Component
public class PasswordResetRequestLog {

    private final JdbcTemplate jdbc;

    PasswordResetRequestLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the request and returns how many came from the same address since {@code since}, it included. */
    public int recordAndCount(String clientAddress, Instant now, Instant since) {
        String address = clientAddress == null ? "" : clientAddress;
        jdbc.update("DELETE FROM password_reset_request WHERE requested_at < ?", utc(now.minusSeconds(86_400)));
        jdbc.update(
                "INSERT INTO password_reset_request (requested_at, client_address) VALUES (?, ?)", utc(now), address);
        Integer count = jdbc.queryForObject(
                "SELECT COUNT(*) FROM password_reset_request WHERE client_address = ? AND requested_at > ?",
                Integer.class,
                address,
                utc(since));
        return count == null ? 0 : count;
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
