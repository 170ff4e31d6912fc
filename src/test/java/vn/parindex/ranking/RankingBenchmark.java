package vn.parindex.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.appraisal.AppraisalRows;
import vn.parindex.appraisal.ConsistencyData;
import vn.parindex.criteria.CriteriaCatalog;
import vn.parindex.criteria.CriteriaEditor;
import vn.parindex.support.JdbcRoundTrips;
import vn.parindex.support.KaribuTest;
import vn.parindex.support.SignIn;

/**
 * A block of 1,000 units x 200 components (200,000 final scores) in a block of its own, added to the
 * last test period and removed afterwards: the full draft ranking (area indexes, places, changes)
 * against a bare {@code SUM ... GROUP BY} over the same rows in the same run, the statements for 10
 * and for 1,000 units, and the server-side build of /ranking for the block. Prints BENCH lines. Run on
 * demand: {@code ./mvnw -Pbenchmark verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=RankingBenchmark}.
 */
class RankingBenchmark extends KaribuTest {

    private static final int UNITS = 1000;

    @Autowired
    RankingResults results;

    @Autowired
    CriteriaEditor editor;

    @Autowired
    CriteriaCatalog catalog;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void rankingOf1000UnitsWith200ComponentsEach() {
        long periodId = AppraisalRows.ceiling(context);
        ConsistencyData data = ConsistencyData.create(jdbc, editor, catalog, periodId, "RKBENCH", UNITS, 10);
        try {
            assertThat(data.components).hasSize(200);
            long started = System.nanoTime();
            data.appraise(periodId, 0, 10);
            long small = statements(periodId, data.blockId);
            data.appraise(periodId, 10, UNITS);
            long fillSeconds = (System.nanoTime() - started) / 1_000_000_000;
            long large = statements(periodId, data.blockId);

            long bare = Long.MAX_VALUE;
            long ranking = Long.MAX_VALUE;
            BlockResults last = null;
            SignIn.as(context, "noivu");
            results.draft(periodId, data.blockId);
            for (int run = 0; run < 5; run++) {
                long t0 = System.nanoTime();
                jdbc.query("""
                        select a.unit_id, sum(ai.final_score) from self_assessment a
                        join score_item i on i.assessment_id = a.id
                        join appraisal_item ai on ai.score_item_id = i.id
                        where a.period_id = ? and a.set_id = ?
                        group by a.unit_id
                        """, rs -> {}, periodId, data.setId);
                bare = Math.min(bare, (System.nanoTime() - t0) / 1_000_000);
                long t1 = System.nanoTime();
                last = results.draft(periodId, data.blockId);
                ranking = Math.min(ranking, (System.nanoTime() - t1) / 1_000_000);
            }

            // the view lists periods from final appraisal on: open the test period that far while measuring
            String phase =
                    jdbc.queryForObject("select phase from assessment_period where id = ?", String.class, periodId);
            AppraisalRows.phase(jdbc, periodId, vn.parindex.period.Phase.FINAL_APPRAISAL);
            long view = Long.MAX_VALUE;
            try {
                for (int run = 0; run < 3; run++) {
                    openAs("noivu");
                    long t2 = System.nanoTime();
                    UI.getCurrent()
                            .navigate(
                                    "ranking",
                                    com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of(
                                            "period",
                                            String.valueOf(periodId),
                                            "block",
                                            String.valueOf(data.blockId))));
                    view = Math.min(view, (System.nanoTime() - t2) / 1_000_000);
                    @SuppressWarnings("unchecked")
                    com.vaadin.flow.component.grid.Grid<UnitResultRow> grid =
                            com.github.mvysny.kaributesting.v10.LocatorJ._get(
                                    com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("ranking-grid"));
                    assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(grid))
                            .isEqualTo(UNITS);
                }
            } finally {
                jdbc.update("update assessment_period set phase = ? where id = ?", phase, periodId);
            }
            System.out.printf(
                    "BENCH ranking, %d units x 200 components (generated in %d s):%n"
                            + "BENCH   statements: %d for 10 units, %d for %d units%n"
                            + "BENCH   bare SUM..GROUP BY: %d ms; full draft ranking: %d ms (%.2f x)%n"
                            + "BENCH   /ranking server-side build: %d ms%n",
                    UNITS, fillSeconds, small, large, UNITS, bare, ranking, ranking / (double) Math.max(1, bare), view);
            assertThat(large).isEqualTo(small);
            assertThat(last.ranked()).hasSize(UNITS);
        } finally {
            data.cleanUp(periodId);
            SignIn.out();
        }
    }

    private long statements(long periodId, long blockId) {
        SignIn.as(context, "noivu");
        results.draft(periodId, blockId);
        JdbcRoundTrips.reset();
        results.draft(periodId, blockId);
        return JdbcRoundTrips.executions() + JdbcRoundTrips.batches();
    }
}
