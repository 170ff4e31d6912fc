package vn.parindex.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.criteria.CriteriaCatalog;
import vn.parindex.criteria.CriteriaEditor;
import vn.parindex.support.JdbcRoundTrips;
import vn.parindex.support.PortalIntegrationTest;
import vn.parindex.support.SignIn;

/**
 * The consistency view over 1,000 units x 200 appraised items (200,000 items), in a block of its own
 * added to the last test period and removed afterwards. Prints statements, time and memory. Run on
 * demand: {@code ./mvnw -Pbenchmark verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=AppraiserConsistencyBenchmark}.
 */
@PortalIntegrationTest
class AppraiserConsistencyBenchmark {

    private static final int UNITS = 1000;

    @Autowired
    ApplicationContext context;

    @Autowired
    AppraiserConsistency consistency;

    @Autowired
    CriteriaEditor editor;

    @Autowired
    CriteriaCatalog catalog;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void consistencyOf1000UnitsWith200ItemsEach() {
        long periodId = AppraisalRows.ceiling(context);
        ConsistencyData data = ConsistencyData.create(jdbc, editor, catalog, periodId, "SVBENCH", UNITS, 10);
        try {
            assertThat(data.components).hasSize(200);
            long started = System.nanoTime();
            data.appraise(periodId, 0, 10);
            Result small = measure(periodId);
            data.appraise(periodId, 10, UNITS);
            long fillSeconds = (System.nanoTime() - started) / 1_000_000_000;
            Result large = measure(periodId);
            ConsistencyReport report = consistency.report(periodId);
            System.out.printf(
                    "BENCH consistency, %d units x 200 items (generated in %d s):%n"
                            + "BENCH   10 units:   %d statements, %d ms, %.1f MB allocated%n"
                            + "BENCH   %d units: %d statements, %d ms, %.1f MB allocated; %d appraisers, %d outliers%n",
                    UNITS,
                    fillSeconds,
                    small.statements(),
                    small.millis(),
                    small.allocatedMb(),
                    UNITS,
                    large.statements(),
                    large.millis(),
                    large.allocatedMb(),
                    report.appraisers().size(),
                    report.outliers().size());
            assertThat(large.statements()).isEqualTo(small.statements());
            assertThat(report.appraisers())
                    .filteredOn(a -> a.username().startsWith("nhat-quan-"))
                    .extracting(AppraiserStats::itemsReviewed)
                    .containsOnly(UNITS / 5 * 200);
        } finally {
            data.cleanUp(periodId);
            SignIn.out();
        }
    }

    record Result(long statements, long millis, double allocatedMb) {}

    /** Warmed up once, then the fastest of three runs. */
    private Result measure(long periodId) {
        SignIn.as(context, "noivu");
        consistency.report(periodId);
        long statements = Long.MAX_VALUE;
        long millis = Long.MAX_VALUE;
        long bytes = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            JdbcRoundTrips.reset();
            long allocatedBefore = allocated();
            long started = System.nanoTime();
            consistency.report(periodId);
            millis = Math.min(millis, (System.nanoTime() - started) / 1_000_000);
            bytes = Math.min(bytes, allocated() - allocatedBefore);
            statements = Math.min(statements, JdbcRoundTrips.executions() + JdbcRoundTrips.batches());
        }
        return new Result(statements, millis, bytes / 1048576.0);
    }

    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
                .getThreadAllocatedBytes(Thread.currentThread().getId());
    }
}
