package vn.parindex.notification.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.parindex.notification.NotificationKind;

/**
 * The once-only guarantee: before a notice that must go out once is written, its key (user, kind,
 * period, unit, days before) is inserted. The primary key admits one row, so of two jobs racing on
 * one node or on two, exactly one gets {@code true}; the other waits for the first transaction's
 * row lock and then finds the key taken (on a Galera cluster one of the two commits fails instead,
 * and that unit is retried on the job's next run).
 */
@Component
class DeliveryLog {

    private final JdbcTemplate jdbc;

    DeliveryLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the key in the caller's transaction; false when it was claimed before. */
    boolean claim(long userId, NotificationKind kind, long periodId, Long unitId, int daysBefore, Instant now) {
        return jdbc.update(
                        """
                        INSERT IGNORE INTO notification_delivery (user_id, kind, period_id, unit_id, days_before, created_at)
                        VALUES (?, ?, ?, ?, ?, ?)""",
                        userId,
                        kind.name(),
                        periodId,
                        unitId == null ? 0L : unitId,
                        daysBefore,
                        LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                == 1;
    }
}
