package vn.parindex.shared.internal;

import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.jdbc.lock.DefaultLockRepository;
import org.springframework.transaction.PlatformTransactionManager;
import vn.parindex.shared.ClusterJobs;

/** The cluster-wide job lock (docs/adr/0008-cluster-job-lock.md). */
@Configuration(proxyBeanMethods = false)
class ClusterJobsConfiguration {

    /**
     * A lock row older than the time to live counts as abandoned (its node died), so another node may
     * take it; a job running longer than that could be joined by a second node, which then finds the
     * start recorded and skips it.
     */
    @Bean
    DefaultLockRepository clusterLockRepository(
            DataSource dataSource,
            PlatformTransactionManager transactions,
            @Value("${parindex.cluster-jobs.lock-time-to-live:10m}") Duration timeToLive) {
        DefaultLockRepository repository = new DefaultLockRepository(dataSource);
        repository.setRegion("parindex");
        repository.setTimeToLive((int) timeToLive.toMillis());
        repository.setTransactionManager(transactions);
        return repository;
    }

    @Bean
    ClusterJobs clusterJobs(
            DefaultLockRepository clusterLockRepository,
            DataSource dataSource,
            PlatformTransactionManager transactions,
            Clock clock) {
        return new JdbcClusterJobs(clusterLockRepository, dataSource, transactions, clock, JdbcClusterJobs.nodeName());
    }
}
