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

    private final JdbcTemplate jdbc;
    private final String name;

    private InjectedFault(JdbcTemplate jdbc, String name) {
        this.jdbc = jdbc;
        this.name = name;
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
        return new InjectedFault(jdbc, name);
    }

    @Override
    public void close() {
        jdbc.execute("DROP TRIGGER IF EXISTS " + name);
    }
}
