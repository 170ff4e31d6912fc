package vn.parindex.ranking.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.appraisal.AppraisalRows;
import vn.parindex.appraisal.ConsistencyData;
import vn.parindex.criteria.CriteriaCatalog;
import vn.parindex.criteria.CriteriaEditor;
import vn.parindex.period.Phase;
import vn.parindex.ranking.RankingResults;
import vn.parindex.ranking.UnitResultRow;
import vn.parindex.support.KaribuTest;
import vn.parindex.support.SignIn;

/**
 * A block larger than {@link RankingView#ALL_ROWS_VISIBLE} units: the grid scrolls and fetches its
 * rows page by page (the UI keeps none of the others; {@code UiHeapBenchmark} measures that), in the
 * order of the column the user sorts by, every unit exactly once. In the test years' last period, on a block of its own.
 */
class RankingLargeBlockUiTest extends KaribuTest {

    private static final int UNITS = RankingView.ALL_ROWS_VISIBLE + 50;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CriteriaEditor editor;

    @Autowired
    CriteriaCatalog catalog;

    @Autowired
    RankingResults results;

    @SuppressWarnings("unchecked")
    private static Grid<UnitResultRow> grid() {
        return _get(Grid.class, spec -> spec.withId("ranking-grid"));
    }

    @Test
    void aLargeBlockIsFetchedPageByPageInTheOrderChosen() {
        // The test years' last period (kept in preparation, holding nothing of its own), with a block of
        // its own for the while; the view lists periods from final appraisal on.
        long periodId = AppraisalRows.ceiling(context);
        String phase = jdbc.queryForObject("select phase from assessment_period where id = ?", String.class, periodId);
        ConsistencyData data = ConsistencyData.create(jdbc, editor, catalog, periodId, "LARGE71", UNITS, 1);
        try {
            AppraisalRows.phase(jdbc, periodId, Phase.FINAL_APPRAISAL);
            data.appraise(periodId, 0, UNITS);
            List<UnitResultRow> draft = results.draft(periodId, data.blockId).ranked();
            assertThat(draft).hasSize(UNITS);
            SignIn.out();

            openAs("noivu");
            UI.getCurrent()
                    .navigate(
                            "ranking",
                            QueryParameters.simple(
                                    Map.of("period", String.valueOf(periodId), "block", String.valueOf(data.blockId))));
            Grid<UnitResultRow> grid = grid();
            assertThat(grid.isAllRowsVisible()).isFalse();
            assertThat(grid.getDataProvider().isInMemory()).isFalse();
            assertThat(GridKt._size(grid)).isEqualTo(UNITS);
            // By rank, as computed: best first, every unit once.
            assertThat(GridKt._findAll(grid))
                    .extracting(UnitResultRow::unitId)
                    .containsExactlyElementsOf(
                            draft.stream().map(UnitResultRow::unitId).toList());

            grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("index"), SortDirection.ASCENDING)));
            List<UnitResultRow> ascending = GridKt._findAll(grid);
            assertThat(ascending).hasSize(UNITS);
            assertThat(ascending)
                    .extracting(UnitResultRow::index)
                    .isSortedAccordingTo(Comparator.naturalOrder())
                    .first()
                    .isEqualTo(draft.stream()
                            .map(UnitResultRow::index)
                            .min(BigDecimal::compareTo)
                            .orElseThrow());
            assertThat(ascending)
                    .extracting(UnitResultRow::unitId)
                    .containsExactlyInAnyOrderElementsOf(
                            draft.stream().map(UnitResultRow::unitId).toList());
            // A page deep in the list is the same row as in the whole sorted list.
            assertThat(GridKt._get(grid, UNITS - 10)).isEqualTo(ascending.get(UNITS - 10));
        } finally {
            jdbc.update("update assessment_period set phase = ? where id = ?", phase, periodId);
            data.cleanUp(periodId);
        }
    }
}
