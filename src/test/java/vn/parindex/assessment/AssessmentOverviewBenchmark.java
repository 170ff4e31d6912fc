package vn.parindex.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parindex.criteria.CriteriaCatalog;
import vn.parindex.criteria.CriteriaEditor;
import vn.parindex.criteria.CriteriaNodeView;
import vn.parindex.organization.UnitAdministration;
import vn.parindex.period.PeriodAdministration;
import vn.parindex.support.JdbcRoundTrips;
import vn.parindex.support.PortalIntegrationTest;
import vn.parindex.support.SignIn;

/**
 * The secretariat's overview of 1,000 units with 200 items each (200,000 items), generated in a
 * block, units and period of its own and removed afterwards. Prints statements, time and memory,
 * next to what loading every item (as the overview once did) costs. Not part of the normal suite:
 * {@code ./mvnw -Dtest=AssessmentOverviewBenchmark -Dsurefire.failIfNoSpecifiedTests=false test}.
 */
@PortalIntegrationTest
class AssessmentOverviewBenchmark {

    private static final int YEAR = 2014;
    private static final int UNITS = 1000;
    private static final String BLOCK = "BENCH";

    @Autowired
    ApplicationContext context;

    @Autowired
    SelfAssessments assessments;

    @Autowired
    PeriodAdministration periodAdministration;

    @Autowired
    UnitAdministration unitAdministration;

    @Autowired
    CriteriaCatalog catalog;

    @Autowired
    CriteriaEditor editor;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void overviewOf1000UnitsWith200ItemsEach() {
        SignIn.as(context, "admin");
        long blockId = unitAdministration.createBlock(BLOCK, "Khối đo hiệu năng", "Benchmark block", 99);
        Long periodId = null;
        try {
            List<Object[]> units = new ArrayList<>();
            for (int index = 1; index <= UNITS; index++) {
                units.add(new Object[] {
                    "BX" + index,
                    "Xã đo hiệu năng " + index,
                    "Benchmark commune " + index,
                    "Xã " + index,
                    blockId,
                    index
                });
            }
            jdbc.batchUpdate(
                    "insert into org_unit (code, name_vi, name_en, short_name, block_id, ranked, active, sort_order,"
                            + " version) values (?, ?, ?, ?, ?, true, true, ?, 0)",
                    units);
            List<Long> unitIds =
                    jdbc.queryForList("select id from org_unit where block_id = ? order by id", Long.class, blockId);

            SignIn.as(context, "noivu");
            periodId = periodAdministration.createPeriod(YEAR, "Kỳ đo hiệu năng tổng hợp", "Overview benchmark");
            long setId = editor.createSet(periodId, blockId);
            editor.replaceAll(setId, OverviewData.set(10));
            List<Long> components =
                    catalog.tree(setId).components().map(CriteriaNodeView::id).toList();
            assertThat(components).hasSize(200);

            long fillStarted = System.nanoTime();
            // First 10 units: the small measurement.
            for (long unitId : unitIds.subList(0, 10)) {
                OverviewData.assessment(jdbc, periodId, setId, unitId, components, new BigDecimal("0.5"));
            }
            Result small = measure(periodId);
            for (long unitId : unitIds.subList(10, UNITS)) {
                OverviewData.assessment(jdbc, periodId, setId, unitId, components, new BigDecimal("0.5"));
            }
            long fillSeconds = (System.nanoTime() - fillStarted) / 1_000_000_000;
            long items = jdbc.queryForObject(
                    "select count(*) from score_item i join self_assessment a on a.id = i.assessment_id"
                            + " where a.period_id = ?",
                    Long.class,
                    periodId);
            Result large = measure(periodId);
            Result baseline = loadEveryItem(periodId);

            System.out.printf(
                    "BENCH overview, %d units x 200 items = %d items (generated in %d s):%n"
                            + "BENCH   10 assessments:    %d statements, %d ms, %.1f MB allocated, result retains %.1f MB%n"
                            + "BENCH   %d assessments:  %d statements, %d ms, %.1f MB allocated, result retains %.1f MB%n"
                            + "BENCH   baseline, loading every item entity as the overview once did: %d ms,"
                            + " %.1f MB allocated, %.1f MB retained%n",
                    UNITS,
                    items,
                    fillSeconds,
                    small.statements(),
                    small.millis(),
                    small.allocatedMb(),
                    small.retainedMb(),
                    UNITS,
                    large.statements(),
                    large.millis(),
                    large.allocatedMb(),
                    large.retainedMb(),
                    baseline.millis(),
                    baseline.allocatedMb(),
                    baseline.retainedMb());

            assertThat(items).isEqualTo(UNITS * 200L);
            assertThat(large.statements()).isEqualTo(small.statements());
            // Memory grows with the rows listed (1,000 units), never with the 200,000 items.
            assertThat(large.allocatedMb()).isLessThan(baseline.allocatedMb() / 4);
        } finally {
            cleanUp(periodId, blockId);
            SignIn.out();
        }
    }

    record Result(long statements, long millis, double allocatedMb, double retainedMb) {}

    /** Warmed up once, then the fastest of three runs; retained memory measured around a kept result. */
    private Result measure(long periodId) {
        SignIn.as(context, "noivu");
        assessments.overview(periodId);
        long statements = Long.MAX_VALUE;
        long millis = Long.MAX_VALUE;
        long bytes = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            JdbcRoundTrips.reset();
            long allocatedBefore = allocated();
            long started = System.nanoTime();
            assessments.overview(periodId);
            millis = Math.min(millis, (System.nanoTime() - started) / 1_000_000);
            bytes = Math.min(bytes, allocated() - allocatedBefore);
            statements = Math.min(statements, JdbcRoundTrips.executions() + JdbcRoundTrips.batches());
        }
        long usedBefore = usedAfterGc();
        List<OverviewRow> kept = assessments.overview(periodId);
        long retained = usedAfterGc() - usedBefore;
        assertThat(kept).isNotEmpty();
        return new Result(statements, millis, bytes / 1048576.0, Math.max(0, retained) / 1048576.0);
    }

    /** What the overview used to do first: every item of the period as an entity, in one transaction. */
    private Result loadEveryItem(long periodId) {
        long usedBefore = usedAfterGc();
        long allocatedBefore = allocated();
        long started = System.nanoTime();
        long[] retained = new long[1];
        transactions.executeWithoutResult(status -> {
            List<?> loaded = entityManager
                    .createQuery("select i from ScoreItem i where i.assessmentId in"
                            + " (select a.id from SelfAssessment a where a.periodId = :periodId)")
                    .setParameter("periodId", periodId)
                    .getResultList();
            retained[0] = usedAfterGc() - usedBefore;
            assertThat(loaded).hasSize(UNITS * 200);
        });
        long millis = (System.nanoTime() - started) / 1_000_000;
        return new Result(0, millis, (allocated() - allocatedBefore) / 1048576.0, retained[0] / 1048576.0);
    }

    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
                .getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return heap.getUsed();
    }

    /** Removes the period, its sets and assessments, the units and the block, so later tests see none of it. */
    private void cleanUp(Long periodId, long blockId) {
        if (periodId != null) {
            String ofPeriod = "select a.id from self_assessment a where a.period_id = " + periodId;
            jdbc.update("delete from score_item_evidence where score_item_id in"
                    + " (select id from score_item where assessment_id in (" + ofPeriod + "))");
            jdbc.update("delete from score_item where assessment_id in (" + ofPeriod + ")");
            jdbc.update("delete from evidence where period_id = ?", periodId);
            jdbc.update("delete from self_assessment where period_id = ?", periodId);
            String sets = "select id from criteria_set where period_id = " + periodId;
            jdbc.update("delete from criteria_not_applicable where set_id in (" + sets + ")");
            jdbc.update("delete from criteria_change where set_id in (" + sets + ")");
            IntStream.of(0, 1, 2)
                    .forEach(pass -> jdbc.update(
                            "delete from criteria_node where set_id in (" + sets + ") and level = ?",
                            List.of("COMPONENT", "CRITERION", "AREA").get(pass)));
            jdbc.update("delete from criteria_node where set_id in (" + sets + ")");
            jdbc.update("delete from criteria_set where period_id = ?", periodId);
            jdbc.update("delete from assessment_period where id = ?", periodId);
        }
        jdbc.update("delete from org_unit where block_id = ?", blockId);
        jdbc.update("delete from org_block where id = ?", blockId);
    }
}
