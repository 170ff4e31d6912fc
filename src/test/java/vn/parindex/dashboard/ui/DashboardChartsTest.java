package vn.parindex.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.parindex.dashboard.Mover;
import vn.parindex.leaders.Level;
import vn.parindex.leaders.LevelSummary;
import vn.parindex.period.RankingBand;
import vn.parindex.ranking.AreaHeading;
import vn.parindex.ranking.AreaResult;
import vn.parindex.ranking.BlockResults;
import vn.parindex.ranking.Contribution;
import vn.parindex.ranking.RankChange;
import vn.parindex.ranking.UnitResultRow;
import vn.parindex.ranking.UnitYearIndex;
import vn.parindex.shared.Locales;
import vn.parindex.shared.ui.EChart;

/** The charts' options and tables as data: what is drawn, in which colour, and where a click leads. */
class DashboardChartsTest {

    private static final DashboardCharts.Texts T =
            (key, params) -> params.length == 0 ? key : key + Arrays.toString(params);
    private static final RankingBand GOOD = new RankingBand(new BigDecimal("90"), "Tốt", "Good");
    private static final RankingBand FAIR = new RankingBand(new BigDecimal("80"), "Khá", "Fairly good");
    private static final long PERIOD = 7;

    private static UnitResultRow row(
            long id, String code, String index, int rank, RankingBand band, RankChange change) {
        return new UnitResultRow(
                id,
                code,
                "Sở " + code,
                "Department " + code,
                code,
                new BigDecimal(index),
                BigDecimal.ZERO,
                new BigDecimal("100"),
                new BigDecimal(index),
                rank,
                change.direction() == RankChange.Direction.NEW ? null : rank + change.places(),
                change,
                band,
                List.of(
                        new AreaResult(11, new BigDecimal("9"), new BigDecimal("10"), new BigDecimal("90.00")),
                        new AreaResult(12, BigDecimal.ZERO, BigDecimal.ZERO, null)));
    }

    private static final UnitResultRow TRANSPORT =
            row(1, "GTVT", "92.86", 1, GOOD, new RankChange(RankChange.Direction.UP, 2));
    private static final UnitResultRow HEALTH =
            row(2, "YT", "85.10", 2, FAIR, new RankChange(RankChange.Direction.DOWN, 1));
    private static final UnitResultRow WEAK =
            row(3, "XD", "61.00", 3, null, new RankChange(RankChange.Direction.NEW, 0));

    private static BlockResults results() {
        return new BlockResults(
                PERIOD,
                2023,
                5,
                "Khối sở",
                "Departments",
                List.of(
                        new AreaHeading(11, "I", "Công tác chỉ đạo", "Direction", BigDecimal.TEN),
                        new AreaHeading(12, "II", "Thể chế", "Institutions", BigDecimal.TEN)),
                List.of(TRANSPORT, HEALTH, WEAK),
                List.of(),
                Optional.empty());
    }

    @Test
    void theRankingHasOneSeriesPerBandColouredBestFirstAndEachBarDrillsDownToItsUnit() {
        DashboardChart chart = DashboardCharts.ranking(results(), T, Locales.VIETNAMESE);

        assertThat(chart.option().legend().data()).containsExactly("Tốt", "Khá", "dashboard.noBand");
        assertThat(chart.option().series())
                .extracting(s -> s.itemStyle().get("color"))
                .containsExactly("#2e7d32", "#1976d2", DashboardCharts.NO_BAND_COLOR);
        List<Object> good = chart.option().series().get(0).data();
        assertThat(good).hasSize(3);
        assertThat(good.get(0)).isEqualTo(ChartOption.Point.of(new BigDecimal("92.86"), "7:1"));
        assertThat(good.get(1)).isNull();
        assertThat(chart.option().yAxis()).isInstanceOf(ChartOption.Axis.class);
        assertThat(((ChartOption.Axis) chart.option().yAxis()).data()).containsExactly("GTVT", "YT", "XD");
        assertThat(chart.table().rows().get(0).key()).isEqualTo("7:1");
        assertThat(ChartPanel.text(chart.table().rows().get(0).cells().get(2), Locales.VIETNAMESE))
                .isEqualTo("92,86");
        assertThat(ChartPanel.text(chart.table().rows().get(0).cells().get(2), Locales.ENGLISH))
                .isEqualTo("92.86");
        assertThat(ChartPanel.detailUrl("7:1")).isEqualTo("ranking/unit?period=7&unit=1");

        String json = EChart.toJson(chart.option());
        assertThat(json)
                .contains("\"saveAsImage\"")
                .contains("\"key\":\"7:1\"")
                .contains("\"value\":92.86")
                .contains("\"aria\":{\"enabled\":true}")
                .doesNotContain("\"visualMap\"");
    }

    @Test
    void theDistributionStacksOneDotPerUnitInItsBucket() {
        DashboardChart chart = DashboardCharts.distribution(results(), T, Locales.ENGLISH);

        assertThat(((ChartOption.Axis) chart.option().xAxis()).data())
                .containsExactly("0–50", "50–60", "60–70", "70–75", "75–80", "80–85", "85–90", "90–95", "95–100");
        assertThat(chart.option().series().get(0).data()).containsExactly(ChartOption.Point.of(List.of(7, 1), "7:1"));
        assertThat(chart.option().series().get(1).data()).containsExactly(ChartOption.Point.of(List.of(6, 1), "7:2"));
        assertThat(chart.option().series().get(2).data()).containsExactly(ChartOption.Point.of(List.of(2, 1), "7:3"));
        assertThat(chart.table().rows().get(7).cells()).containsExactly("90–95", 1, "GTVT");
        assertThat(DashboardCharts.bucket(new BigDecimal("89.99"))).isEqualTo(6);
        assertThat(DashboardCharts.bucket(new BigDecimal("100"))).isEqualTo(8);
    }

    @Test
    void theHeatMapHasACellPerUnitAndAreaWithAnIndexAndLeavesOutWhatDoesNotApply() {
        DashboardChart chart = DashboardCharts.heatMap(results(), T, Locales.VIETNAMESE);

        List<Object> cells = chart.option().series().get(0).data();
        assertThat(cells).hasSize(3);
        assertThat(cells.get(0)).isEqualTo(ChartOption.Point.of(List.of(0, 0, new BigDecimal("90.00")), "7:1"));
        assertThat(chart.option().visualMap()).containsEntry("min", 0).containsEntry("max", 100);
        assertThat(chart.table().headers()).containsExactly("dashboard.col.unit", "I. Công tác chỉ đạo", "II. Thể chế");
        ChartOption.Axis areas = (ChartOption.Axis) chart.option().xAxis();
        assertThat(areas.data()).as("areas by code and name").containsExactly("I. Công tác chỉ đạo", "II. Thể chế");
        assertThat(areas.axisLabel()).containsEntry("overflow", "truncate").containsEntry("interval", 0);
        assertThat(chart.table().rows().get(0).cells()).containsExactly("Sở GTVT", new BigDecimal("90.00"), null);
    }

    @Test
    void theHistoryDrawsOnlyTheChosenUnitsWithGapsForMissingYears() {
        List<UnitYearIndex> history = List.of(
                new UnitYearIndex(5, 2022, 1, "GTVT", "Sở GTVT", "Dept GTVT", "GTVT", new BigDecimal("88.00"), 3, FAIR),
                new UnitYearIndex(5, 2022, 2, "YT", "Sở YT", "Dept YT", "YT", new BigDecimal("90.00"), 1, GOOD),
                new UnitYearIndex(7, 2023, 1, "GTVT", "Sở GTVT", "Dept GTVT", "GTVT", new BigDecimal("92.86"), 1, GOOD),
                new UnitYearIndex(7, 2023, 3, "XD", "Sở XD", "Dept XD", "XD", new BigDecimal("61.00"), 3, null));

        DashboardChart chart = DashboardCharts.history(history, List.of(1L, 3L), T, Locales.ENGLISH);

        assertThat(chart.option().legend().data()).containsExactly("GTVT", "XD");
        assertThat(((ChartOption.Axis) chart.option().xAxis()).data()).containsExactly("2022", "2023");
        assertThat(chart.option().series().get(0).data())
                .containsExactly(
                        ChartOption.Point.of(new BigDecimal("88.00"), "5:1"),
                        ChartOption.Point.of(new BigDecimal("92.86"), "7:1"));
        assertThat(chart.option().series().get(1).data())
                .containsExactly(null, ChartOption.Point.of(new BigDecimal("61.00"), "7:3"));
        assertThat(chart.option().series().get(1).connectNulls()).isTrue();
    }

    @Test
    void aUnitsRankRunsOnWholeNumbersWithFirstOnTopBesideItsIndex() {
        List<UnitYearIndex> history = List.of(
                new UnitYearIndex(5, 2022, 1, "GTVT", "Sở GTVT", "Dept GTVT", "GTVT", new BigDecimal("88.00"), 3, FAIR),
                new UnitYearIndex(
                        7, 2023, 1, "GTVT", "Sở GTVT", "Dept GTVT", "GTVT", new BigDecimal("92.86"), 1, GOOD));

        DashboardChart chart = DashboardCharts.unitHistory(history, T);

        @SuppressWarnings("unchecked")
        List<ChartOption.Axis> axes = (List<ChartOption.Axis>) chart.option().yAxis();
        ChartOption.Axis rank = axes.get(1);
        assertThat(rank.minInterval()).as("no 1.5th place").isEqualTo(1);
        assertThat(rank.inverse()).as("first place on top").isTrue();
        assertThat(rank.min()).isEqualTo(1);
        assertThat(rank.max()).as("one place of room below the lowest rank").isEqualTo(4);
        assertThat(axes.get(0).minInterval()).as("the index is a decimal").isNull();
        assertThat(chart.option().series().get(1).yAxisIndex()).isEqualTo(1);
        assertThat(chart.option().series().get(1).data())
                .containsExactly(ChartOption.Point.of(3, "5:1"), ChartOption.Point.of(1, "7:1"));
    }

    @Test
    void aHorizontalValueAxisKeepsItsNameUnderTheAxisWhereTheChartEdgeCannotCutIt() {
        DashboardChart chart = DashboardCharts.ranking(results(), T, Locales.ENGLISH);

        ChartOption.Axis index = (ChartOption.Axis) chart.option().xAxis();
        assertThat(index.name()).isEqualTo("dashboard.axis.index");
        assertThat(index.nameLocation()).isEqualTo("middle");
        assertThat(index.nameGap()).isPositive();
    }

    @Test
    void moversGoRightWhenUpAndLeftWhenDownWithTheirReasonsInTheTable() {
        Contribution reason = new Contribution(
                Contribution.Kind.SAME,
                List.of("II"),
                "Thể chế",
                "Institutions",
                List.of("II"),
                new BigDecimal("5"),
                new BigDecimal("3"),
                new BigDecimal("2.35"));
        DashboardChart chart = DashboardCharts.movers(
                PERIOD,
                List.of(new Mover(TRANSPORT, List.of(reason))),
                List.of(new Mover(HEALTH, List.of())),
                T,
                Locales.VIETNAMESE);

        assertThat(chart.option().legend().data()).containsExactly("dashboard.series.up", "dashboard.series.down");
        assertThat(chart.option().series().get(0).data()).containsExactly(ChartOption.Point.of(2, "7:1"), null);
        assertThat(chart.option().series().get(1).data()).containsExactly(null, ChartOption.Point.of(-1, "7:2"));
        assertThat(chart.table().rows().get(0).cells().get(4)).isEqualTo("II. Thể chế +2,35");
        assertThat(chart.table().rows().get(1).cells().get(4)).isEqualTo("dashboard.noReasons");
    }

    @Test
    void leaderLevelsCompareThisYearWithLastYearAndShowNoBarsWhenLastYearHasNoApproval() {
        DashboardChart chart =
                DashboardCharts.leaders(new LevelSummary(2023, Map.of(Level.EXCELLENT, 2, Level.WELL, 5), null), T);

        assertThat(chart.option().legend().data()).containsExactly("2023", "2022");
        assertThat(chart.option().series().get(0).data()).containsExactly(2, 5, 0, 0);
        assertThat(chart.option().series().get(1).data()).containsExactly(null, null, null, null);
        assertThat(chart.table().rows().get(0).cells()).containsExactly("leaders.level.EXCELLENT", 2, "");
    }
}
