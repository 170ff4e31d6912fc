package vn.parindex.shared;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells database outages and a full database apart from other failures, so users read what happened
 * ("nothing was saved, try again in a moment") instead of a generic apology. Looks through the whole
 * cause chain: Spring, Hibernate and the pool wrap the driver's exception differently depending on
 * where the connection was lost (borrowing it, during a statement, at commit).
 */
public final class DatabaseFailures {

    /** MariaDB "The table is full" (InnoDB out of space) and "Disk full". */
    private static final int ER_RECORD_FILE_FULL = 1114;

    private static final int ER_DISK_FULL = 1021;

    /** MariaDB "Server shutdown in progress", "Connection was killed". */
    private static final int ER_SERVER_SHUTDOWN = 1053;

    private static final int ER_CONNECTION_KILLED = 1927;

    private DatabaseFailures() {}

    /**
     * True when the database could not be reached or the connection was lost: the pool had no
     * working connection in time, the server went away, or it is shutting down.
     */
    public static boolean unavailable(Throwable error) {
        // When the server itself answered with an error, it is reachable: Hibernate and Spring may still
        // wrap that answer as a connection failure (Connector/J reports an unknown SQL state class, a
        // trigger's 45000 say, as SQLTransientConnectionException), so the server's own code decides.
        SQLException answer = deepestServerError(error);
        if (answer != null) {
            return connectionLost(answer);
        }
        for (Throwable current = error; current != null; current = next(current)) {
            if (current instanceof DataAccessResourceFailureException
                    || current instanceof CannotCreateTransactionException
                    || current instanceof SQLNonTransientConnectionException
                    || current instanceof SQLRecoverableException
                    || current instanceof java.net.ConnectException
                    || current.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            // MariaDB Connector/J reports any SQL state class it does not know (a trigger's 45000, say)
            // as SQLTransientConnectionException; only the pool's own (no server error code) is an outage
            if (current instanceof SQLTransientConnectionException transientError
                    && transientError.getErrorCode() == 0) {
                return true;
            }
            if (current instanceof SQLException sql && connectionLost(sql)) {
                return true;
            }
        }
        return false;
    }

    /** True when the database refused a write for lack of space (disk or table full). */
    public static boolean storageFull(Throwable error) {
        for (Throwable current = error; current != null; current = next(current)) {
            if (current instanceof SQLException sql
                    && (sql.getErrorCode() == ER_RECORD_FILE_FULL || sql.getErrorCode() == ER_DISK_FULL)) {
                return true;
            }
        }
        return false;
    }

    private static boolean connectionLost(SQLException sql) {
        return (sql.getSQLState() != null && sql.getSQLState().startsWith("08"))
                || sql.getErrorCode() == ER_SERVER_SHUTDOWN
                || sql.getErrorCode() == ER_CONNECTION_KILLED;
    }

    /** The innermost exception carrying a server error code, or null when no server answered. */
    private static SQLException deepestServerError(Throwable error) {
        SQLException deepest = null;
        for (Throwable current = error; current != null; current = next(current)) {
            if (current instanceof SQLException sql && sql.getErrorCode() > 0) {
                deepest = sql;
            }
        }
        return deepest;
    }

    private static Throwable next(Throwable current) {
        Throwable cause = current.getCause();
        if (cause == null && current instanceof SQLException sql) {
            cause = sql.getNextException();
        }
        return cause == current ? null : cause;
    }
}
