package vn.parindex.support;

import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.SessionEventListener;

/**
 * Counts what Hibernate sends to the database: single statement executions and JDBC batch
 * executions. Hibernate's statistics count prepared statements, and a batched statement is
 * prepared once however many batches it sends. Registered for every session in the test profile.
 */
public class JdbcRoundTrips implements SessionEventListener {

    private static final AtomicLong EXECUTIONS = new AtomicLong();
    private static final AtomicLong BATCHES = new AtomicLong();

    public static void reset() {
        EXECUTIONS.set(0);
        BATCHES.set(0);
    }

    /** Statements executed one by one (queries included). */
    public static long executions() {
        return EXECUTIONS.get();
    }

    /** JDBC batches executed. */
    public static long batches() {
        return BATCHES.get();
    }

    @Override
    public void jdbcExecuteStatementStart() {
        EXECUTIONS.incrementAndGet();
    }

    @Override
    public void jdbcExecuteBatchStart() {
        BATCHES.incrementAndGet();
    }
}
