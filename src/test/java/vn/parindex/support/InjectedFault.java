package vn.parindex.support;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A database error injected into the real server: a trigger that fails the inserts into one table
 * that match a condition (so only the test's own rows fail, whatever else the shared database is
 * doing), with the SQL state and MariaDB error number a real fault would raise. Dropped on close.
 */
public final class InjectedFault implements AutoCloseable {

    /** MariaDB's "The table is full": what InnoDB answers when the disk or tablespace is full. */
    public static final int TABLE_FULL = 1114;

    /** Raised by SIGNAL without an error number: an arbitrary database error. */
    public static final int UNHANDLED_USER_EXCEPTION = 1644;

    /** MariaDB's "Deadlock found when trying to get lock; try restarting transaction". */
    public static final int DEADLOCK = 1213;

    private final JdbcTemplate jdbc;
    private final String name;
    private final boolean counted;

    private InjectedFault(JdbcTemplate jdbc, String name, boolean counted) {
        this.jdbc = jdbc;
        this.name = name;
        this.counted = counted;
    }

    /**
     * Fails every insert into the table whose new row satisfies the condition (an SQL expression over
     * {@code NEW.column}s), with the given MariaDB error number and message.
     */
    public static InjectedFault onInsert(
            JdbcTemplate jdbc, String table, String condition, int errorNumber, String message) {
        String name = "fault_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        String sqlState = errorNumber == UNHANDLED_USER_EXCEPTION ? "45000" : "HY000";
        jdbc.execute("CREATE TRIGGER " + name + " BEFORE INSERT ON " + table + " FOR EACH ROW IF " + condition
                + " THEN SIGNAL SQLSTATE '" + sqlState + "' SET MYSQL_ERRNO = " + errorNumber + ", MESSAGE_TEXT = '"
                + message.replace("'", "''") + "'; END IF");
        return new InjectedFault(jdbc, name, false);
    }

    /**
     * Fails the first {@code failures} matching inserts with a deadlock (1213, SQL state 40001), as
     * InnoDB, or a Galera node refusing a commit at certification, answers; later ones pass. The
     * attempts are counted by a sequence, which a rollback does not undo ({@link #attempts}).
     */
    public static InjectedFault deadlockOnFirstInserts(
            JdbcTemplate jdbc, String table, String condition, int failures) {
        String name = "fault_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        jdbc.execute("CREATE SEQUENCE " + name + " START WITH 1 INCREMENT BY 1 NOCACHE");
        jdbc.execute(
                "CREATE TRIGGER " + name + " BEFORE INSERT ON " + table + " FOR EACH ROW IF " + condition
                        + " THEN IF NEXTVAL(" + name + ") <= " + failures
                        + " THEN SIGNAL SQLSTATE '40001' SET MYSQL_ERRNO = " + DEADLOCK
                        + ", MESSAGE_TEXT = 'Deadlock found when trying to get lock; try restarting transaction'; END IF; END IF");
        return new InjectedFault(jdbc, name, true);
    }

    /** How many matching inserts were attempted, failed or not ({@link #deadlockOnFirstInserts} only). */
    public long attempts() {
        Long next = jdbc.queryForObject("SELECT NEXTVAL(" + name + ")", Long.class);
        // NEXTVAL itself took one more
        return next == null ? 0 : next - 1;
    }

    @Override
    public void close() {
        jdbc.execute("DROP TRIGGER IF EXISTS " + name);
        if (counted) {
            jdbc.execute("DROP SEQUENCE IF EXISTS " + name);
        }
    }
}
