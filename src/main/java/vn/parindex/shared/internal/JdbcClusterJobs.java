package vn.parindex.shared.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.locks.Lock;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.integration.jdbc.lock.DefaultLockRepository;
import org.springframework.integration.jdbc.lock.JdbcLockRegistry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parindex.shared.ClusterJobs;

/**
 * {@link ClusterJobs} on Spring Integration's JDBC lock registry (table {@code INT_LOCK}) and the
 * {@code cluster_job} table: the lock keeps two nodes from running a job at the same time, the
 * start time recorded under the lock keeps a node from running a firing another node already ran.
 * Both are ordinary rows, so they work on a Galera cluster (GET_LOCK would stay on one database node).
 */
final class JdbcClusterJobs implements ClusterJobs {

    private static final Logger log = LoggerFactory.getLogger(JdbcClusterJobs.class);

    private final JdbcLockRegistry locks;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String node;

    JdbcClusterJobs(
            DefaultLockRepository repository,
            DataSource dataSource,
            PlatformTransactionManager transactions,
            Clock clock,
            String node) {
        this.locks = new JdbcLockRegistry(repository);
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.node = node;
    }

    /** Width of {@code cluster_job.last_node} (V26). */
    static final int NODE_NAME_LENGTH = 100;

    /** A name for this node in the logs and in {@code cluster_job.last_node}. */
    static String nodeName() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            host = "node";
        }
        String name = host + "/" + UUID.randomUUID().toString().substring(0, 8);
        return name.length() > NODE_NAME_LENGTH ? name.substring(name.length() - NODE_NAME_LENGTH) : name;
    }

    @Override
    public boolean runOnce(String job, Duration minGap, Runnable work) {
        Lock lock = locks.obtain(job);
        if (!lock.tryLock()) {
            log.info("Job {} skipped on {}: another node runs it", job, node);
            return false;
        }
        try {
            if (!claim(job, minGap)) {
                log.info("Job {} skipped on {}: another node started it less than {} ago", job, node, minGap);
                return false;
            }
            work.run();
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Records this start unless the last one was less than minGap ago; true when this node may run. */
    private boolean claim(String job, Duration minGap) {
        Instant now = clock.instant();
        LocalDateTime started = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        LocalDateTime notAfter = LocalDateTime.ofInstant(now.minus(minGap), ZoneOffset.UTC);
        Integer claimed = transaction.execute(status -> {
            jdbc.update("INSERT IGNORE INTO cluster_job (name) VALUES (?)", job);
            return jdbc.update(
                    "UPDATE cluster_job SET last_started_at = ?, last_node = ? WHERE name = ?"
                            + " AND (last_started_at IS NULL OR last_started_at <= ?)",
                    started,
                    node,
                    job,
                    notAfter);
        });
        return claimed != null && claimed == 1;
    }
}
