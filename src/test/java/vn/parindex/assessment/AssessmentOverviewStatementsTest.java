package vn.parindex.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.criteria.CriteriaCatalog;
import vn.parindex.criteria.CriteriaEditor;
import vn.parindex.criteria.CriteriaNodeView;
import vn.parindex.criteria.CriteriaTree;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.organization.UnitSummary;
import vn.parindex.support.JdbcRoundTrips;
import vn.parindex.support.PortalIntegrationTest;
import vn.parindex.support.SignIn;

/**
 * The secretariat's overview is added up by the database: the same statements and about the same
 * memory for 2 assessments as for 30 with 200 items each (6,000 items), and the same figures as
 * each unit's own sheet. {@code AssessmentOverviewBenchmark} measures 1,000 units x 200 items.
 */
@PortalIntegrationTest
class AssessmentOverviewStatementsTest {

    private static final int YEAR = 2013;

    @Autowired
    ApplicationContext context;

    @Autowired
    SelfAssessments assessments;

    @Autowired
    CriteriaCatalog catalog;

    @Autowired
    CriteriaEditor editor;

    @Autowired
    OrganizationDirectory organization;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void statementsAndMemoryDoNotGrowWithTheItemsAndTheFiguresMatchTheSheets() {
        long periodId = OwnPeriods.prepare(context, YEAR, OverviewData.set(10));
        List<UnitSummary> units = organization.units();
        Map<Long, CriteriaTree> trees = organization.blocks().stream()
                .collect(Collectors.toMap(
                        block -> block.id(),
                        block -> catalog.tree(
                                catalog.set(periodId, block.id()).orElseThrow().setId())));
        UnitSummary first = units.get(0);
        UnitSummary last = units.get(units.size() - 1);
        fill(periodId, trees.get(first.blockId()), first);
        fill(periodId, trees.get(last.blockId()), last);
        // Area 4 does not apply to the first unit: its stored scores count nowhere.
        CriteriaTree firstTree = trees.get(first.blockId());
        long area4 = firstTree.areas().get(3).id();
        editor.setApplicable(area4, first.id(), false, null);

        Measurement small = measure(periodId);
        for (UnitSummary unit : units.subList(1, units.size() - 1)) {
            fill(periodId, trees.get(unit.blockId()), unit);
        }
        Measurement large = measure(periodId);
        long items = jdbc.queryForObject(
                "select count(*) from score_item i join self_assessment a on a.id = i.assessment_id"
                        + " where a.period_id = ?",
                Long.class,
                periodId);
        System.out.printf(
                "PERF overview: 2 assessments -> %d statements, %d KB allocated, %d ms; %d assessments with %d items"
                        + " -> %d statements, %d KB allocated, %d ms%n",
                small.statements(),
                small.bytes() / 1024,
                small.millis(),
                units.size(),
                items,
                large.statements(),
                large.bytes() / 1024,
                large.millis());

        assertThat(items).isEqualTo(units.size() * 200L);
        assertThat(large.statements()).isEqualTo(small.statements()).isPositive();
        // Loading the 6,000 items (as the overview once did) would allocate several times more.
        assertThat(large.bytes()).isLessThan(small.bytes() * 3 / 2);

        Map<Long, OverviewRow> rows = assessments.overview(periodId).stream()
                .collect(Collectors.toMap(row -> row.unit().id(), Function.identity()));
        assertThat(rows).hasSize(units.size());
        for (UnitSummary unit : List.of(first, units.get(7), units.get(20), last)) {
            Sheet sheet = assessments.sheet(periodId, unit.id());
            OverviewRow row = rows.get(unit.id());
            assertThat(row.progress()).as(unit.code()).isEqualTo(sheet.progress());
            assertThat(row.total()).as(unit.code()).isEqualByComparingTo(sheet.grandTotal(sheet.items()));
            assertThat(row.markedItems()).as(unit.code()).isEqualTo((int)
                    sheet.items().values().stream().filter(ItemState::recheck).count());
            assertThat(row.status()).isEqualTo(AssessmentStatus.IN_PROGRESS);
        }
        Sheet firstSheet = assessments.sheet(periodId, first.id());
        assertThat(firstSheet.progress().applicable()).isEqualTo(150);
        assertThat(rows.get(first.id()).total())
                .isLessThan(rows.get(units.get(7).id()).total());
    }

    private void fill(long periodId, CriteriaTree tree, UnitSummary unit) {
        List<Long> components = tree.components().map(CriteriaNodeView::id).toList();
        OverviewData.assessment(jdbc, periodId, tree.setId(), unit.id(), components, new BigDecimal("0.5"));
    }

    record Measurement(long statements, long bytes, long millis) {}

    /** Warmed up twice, then the smallest of three runs. */
    private Measurement measure(long periodId) {
        SignIn.as(context, "noivu");
        assessments.overview(periodId);
        assessments.overview(periodId);
        long statements = Long.MAX_VALUE;
        long bytes = Long.MAX_VALUE;
        long millis = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            JdbcRoundTrips.reset();
            long allocatedBefore = allocated();
            long started = System.nanoTime();
            assessments.overview(periodId);
            millis = Math.min(millis, (System.nanoTime() - started) / 1_000_000);
            bytes = Math.min(bytes, allocated() - allocatedBefore);
            statements = Math.min(statements, JdbcRoundTrips.executions() + JdbcRoundTrips.batches());
        }
        return new Measurement(statements, bytes, millis);
    }

    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
                .getThreadAllocatedBytes(Thread.currentThread().getId());
    }
}
