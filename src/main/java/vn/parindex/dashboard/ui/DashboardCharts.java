package vn.parindex.dashboard.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.parindex.assessment.AssessmentStatus;
import vn.parindex.dashboard.AwardCount;
import vn.parindex.dashboard.CycleProgress;
import vn.parindex.dashboard.Mover;
import vn.parindex.leaders.Level;
import vn.parindex.leaders.LevelSummary;
import vn.parindex.period.RankingBand;
import vn.parindex.ranking.AreaHeading;
import vn.parindex.ranking.AreaResult;
import vn.parindex.ranking.BlockResults;
import vn.parindex.ranking.Contribution;
import vn.parindex.ranking.UnitResultRow;
import vn.parindex.ranking.UnitYearIndex;
import vn.parindex.shared.ui.Formats;

/**
 * Builds each dashboard chart from the read models: the ECharts option (as data) and the same data as
 * a table. No Vaadin here: texts come through {@link Texts}, so tests build charts without a UI.
 */
final class DashboardCharts {

    /** Translations (the view's getTranslation). */
    @FunctionalInterface
    interface Texts {
        String get(String key, Object... params);
    }

    /** Band colours, best band first; units below every band are grey. */
    static final List<String> BAND_COLORS = List.of("#2e7d32", "#1976d2", "#f9a825", "#e65100", "#c62828");

    static final String NO_BAND_COLOR = "#9e9e9e";
    static final String UP_COLOR = "#2e7d32";
    static final String DOWN_COLOR = "#c62828";
    static final String THIS_YEAR_COLOR = "#1976d2";
    static final String LAST_YEAR_COLOR = "#90a4ae";

    /** Lower bounds of the distribution's buckets (index %). */
    static final List<Integer> BUCKETS = List.of(0, 50, 60, 70, 75, 80, 85, 90, 95);

    private static final int ROW_HEIGHT = 22;
    private static final int MIN_HEIGHT = 320;

    /** Pixels per area label: eight areas side by side on a laptop screen. */
    private static final int AREA_LABEL_WIDTH = 110;

    private DashboardCharts() {}

    static String key(long periodId, long unitId) {
        return periodId + ":" + unitId;
    }

    /**
     * Every dashboard chart's option: described for screen readers (aria), a tooltip per item, a
     * scrolling legend of the series, a save-as-PNG button named after the chart, labels kept inside
     * the grid, and room below for a visual map when there is one.
     */
    private static ChartOption chart(
            Texts t,
            String fileName,
            ChartOption.Axis xAxis,
            Object yAxis,
            Map<String, Object> visualMap,
            List<ChartOption.Series> series) {
        Map<String, Object> grid = visualMap == null
                ? Map.of("left", 8, "right", 24, "containLabel", true)
                : Map.of("left", 8, "right", 24, "bottom", 70, "containLabel", true);
        return new ChartOption(
                Map.of("enabled", true),
                Map.of("trigger", "item", "confine", true),
                new ChartOption.Legend(
                        series.stream().map(ChartOption.Series::name).toList(), "scroll", null),
                Map.of(
                        "right",
                        8,
                        "feature",
                        Map.of("saveAsImage", Map.of("title", t.get("dashboard.chart.png"), "name", fileName))),
                grid,
                xAxis,
                yAxis,
                visualMap,
                series);
    }

    /** Bare codes say nothing to a reader; "1. Công tác chỉ đạo…" cut to its column, whole in the tooltip. */
    static ChartOption.Axis areaAxis(List<AreaHeading> areas, Locale locale) {
        return ChartOption.Axis.category(areas.stream()
                        .map(area -> area.code() + ". " + area.name(locale))
                        .toList())
                .withLabel(Map.of("interval", 0, "width", AREA_LABEL_WIDTH, "overflow", "truncate"));
    }

    private static int height(int rows) {
        return Math.max(MIN_HEIGHT, rows * ROW_HEIGHT + 110);
    }

    static String label(UnitResultRow row) {
        return row.unitShortName() == null || row.unitShortName().isBlank() ? row.unitCode() : row.unitShortName();
    }

    static String label(UnitYearIndex row) {
        return row.unitShortName() == null || row.unitShortName().isBlank() ? row.unitCode() : row.unitShortName();
    }

    /** The block's bands as the rows reach them, best first (by minimum index). */
    static List<RankingBand> bands(Collection<UnitResultRow> rows) {
        Map<BigDecimal, RankingBand> byMin = new LinkedHashMap<>();
        rows.stream()
                .map(UnitResultRow::band)
                .filter(Objects::nonNull)
                .forEach(b -> byMin.putIfAbsent(b.minIndex(), b));
        return byMin.values().stream()
                .sorted(Comparator.comparing(RankingBand::minIndex).reversed())
                .toList();
    }

    static String bandColor(List<RankingBand> bands, RankingBand band) {
        if (band == null) {
            return NO_BAND_COLOR;
        }
        for (int i = 0; i < bands.size(); i++) {
            if (bands.get(i).minIndex().compareTo(band.minIndex()) == 0) {
                return BAND_COLORS.get(Math.min(i, BAND_COLORS.size() - 1));
            }
        }
        return NO_BAND_COLOR;
    }

    private static String bandName(RankingBand band, Texts t, Locale locale) {
        return band == null ? t.get("dashboard.noBand") : band.name(locale);
    }

    private static boolean sameBand(RankingBand a, RankingBand b) {
        return a == null ? b == null : b != null && a.minIndex().compareTo(b.minIndex()) == 0;
    }

    private static List<RankingBand> bandsWithNone(List<UnitResultRow> rows) {
        List<RankingBand> series = new ArrayList<>(bands(rows));
        if (rows.stream().anyMatch(row -> row.band() == null)) {
            series.add(null);
        }
        return series;
    }

    /** The block's ranking: one bar per unit, best on top, one series (legend entry) per band. */
    static DashboardChart ranking(BlockResults results, Texts t, Locale locale) {
        List<UnitResultRow> rows = results.ranked();
        List<RankingBand> bands = bands(rows);
        List<ChartOption.Series> series = new ArrayList<>();
        for (RankingBand band : bandsWithNone(rows)) {
            List<Object> data = new ArrayList<>();
            for (UnitResultRow row : rows) {
                data.add(
                        sameBand(band, row.band())
                                ? ChartOption.Point.of(row.index(), key(results.periodId(), row.unitId()))
                                : null);
            }
            series.add(ChartOption.Series.of("bar", bandName(band, t, locale), data)
                    .stacked("index")
                    .color(bandColor(bands, band)));
        }
        List<ChartTable.Row> table = new ArrayList<>();
        for (UnitResultRow row : rows) {
            table.add(new ChartTable.Row(
                    key(results.periodId(), row.unitId()),
                    List.of(
                            row.rank(),
                            row.unitName(locale),
                            row.index(),
                            bandName(row.band(), t, locale),
                            change(row, t))));
        }
        ChartOption option = chart(
                t,
                "ranking",
                ChartOption.Axis.value(t.get("dashboard.axis.index"), 0, 100).nameUnder(),
                ChartOption.Axis.category(
                                rows.stream().map(DashboardCharts::label).toList())
                        .inverted(),
                null,
                series);
        return new DashboardChart(
                "ranking",
                t.get("dashboard.chart.ranking"),
                option,
                new ChartTable(
                        List.of(
                                t.get("dashboard.col.rank"),
                                t.get("dashboard.col.unit"),
                                t.get("dashboard.col.index"),
                                t.get("dashboard.col.band"),
                                t.get("dashboard.col.change")),
                        table),
                height(rows.size()));
    }

    static String change(UnitResultRow row, Texts t) {
        if (row.change() == null) {
            return "";
        }
        return switch (row.change().direction()) {
            case UP -> t.get("dashboard.change.up", row.change().places());
            case DOWN -> t.get("dashboard.change.down", row.change().places());
            case SAME -> t.get("dashboard.change.same");
            case NEW -> t.get("dashboard.change.new");
        };
    }

    static int bucket(BigDecimal index) {
        int bucket = 0;
        for (int i = 0; i < BUCKETS.size(); i++) {
            if (index.compareTo(BigDecimal.valueOf(BUCKETS.get(i))) >= 0) {
                bucket = i;
            }
        }
        return bucket;
    }

    static String bucketLabel(int bucket) {
        int from = BUCKETS.get(bucket);
        int to = bucket + 1 < BUCKETS.size() ? BUCKETS.get(bucket + 1) : 100;
        return from + "–" + to;
    }

    /**
     * The distribution of the index: a dot per unit stacked in its 5- or 10-point bucket (so each
     * dot drills down to its unit), one series per band.
     */
    static DashboardChart distribution(BlockResults results, Texts t, Locale locale) {
        List<UnitResultRow> rows = results.ranked();
        List<RankingBand> bands = bands(rows);
        int[] height = new int[BUCKETS.size()];
        Map<Long, int[]> position = new LinkedHashMap<>();
        // Worst first inside a bucket, so the stack grows upwards with the index.
        rows.stream().sorted(Comparator.comparing(UnitResultRow::index)).forEach(row -> {
            int b = bucket(row.index());
            height[b]++;
            position.put(row.unitId(), new int[] {b, height[b]});
        });
        List<ChartOption.Series> series = new ArrayList<>();
        for (RankingBand band : bandsWithNone(rows)) {
            List<Object> data = new ArrayList<>();
            for (UnitResultRow row : rows) {
                if (sameBand(band, row.band())) {
                    int[] at = position.get(row.unitId());
                    data.add(ChartOption.Point.of(List.of(at[0], at[1]), key(results.periodId(), row.unitId())));
                }
            }
            series.add(ChartOption.Series.of("scatter", bandName(band, t, locale), data)
                    .symbol(12)
                    .color(bandColor(bands, band)));
        }
        List<String> labels = new ArrayList<>();
        List<ChartTable.Row> table = new ArrayList<>();
        for (int b = 0; b < BUCKETS.size(); b++) {
            labels.add(bucketLabel(b));
            int bucket = b;
            String names = rows.stream()
                    .filter(row -> bucket(row.index()) == bucket)
                    .map(DashboardCharts::label)
                    .collect(Collectors.joining(", "));
            table.add(new ChartTable.Row(null, List.of(bucketLabel(b), height[b], names)));
        }
        ChartOption option = chart(
                t,
                "distribution",
                ChartOption.Axis.category(labels),
                ChartOption.Axis.value(t.get("dashboard.axis.units"), 0, null).wholeNumbers(),
                null,
                series);
        return new DashboardChart(
                "distribution",
                t.get("dashboard.chart.distribution"),
                option,
                new ChartTable(
                        List.of(
                                t.get("dashboard.col.bucket"),
                                t.get("dashboard.col.count"),
                                t.get("dashboard.col.units")),
                        table),
                MIN_HEIGHT);
    }

    /** Units x areas, coloured by area index (0 red to 100 green); best unit on top. */
    static DashboardChart heatMap(BlockResults results, Texts t, Locale locale) {
        List<UnitResultRow> rows = results.ranked();
        List<AreaHeading> areas = results.areas();
        List<Object> data = new ArrayList<>();
        List<ChartTable.Row> table = new ArrayList<>();
        for (int y = 0; y < rows.size(); y++) {
            UnitResultRow row = rows.get(y);
            List<Object> cells = new ArrayList<>();
            cells.add(row.unitName(locale));
            for (int x = 0; x < areas.size(); x++) {
                AreaResult area = x < row.areas().size() ? row.areas().get(x) : null;
                BigDecimal index = area == null ? null : area.index();
                cells.add(index);
                if (index != null) {
                    data.add(ChartOption.Point.of(List.of(x, y, index), key(results.periodId(), row.unitId())));
                }
            }
            table.add(new ChartTable.Row(key(results.periodId(), row.unitId()), cells));
        }
        List<String> headers = new ArrayList<>();
        headers.add(t.get("dashboard.col.unit"));
        areas.forEach(area -> headers.add(area.code() + ". " + area.name(locale)));
        List<ChartOption.Series> series =
                List.of(ChartOption.Series.of("heatmap", t.get("dashboard.series.areaIndex"), data));
        ChartOption option = chart(
                t,
                "areas",
                areaAxis(areas, locale).withSplitArea(),
                ChartOption.Axis.category(
                                rows.stream().map(DashboardCharts::label).toList())
                        .inverted()
                        .withSplitArea(),
                Map.of(
                        "min",
                        0,
                        "max",
                        100,
                        "calculable",
                        true,
                        "orient",
                        "horizontal",
                        "left",
                        "center",
                        "bottom",
                        0,
                        "inRange",
                        Map.of("color", List.of("#c62828", "#f9a825", "#2e7d32"))),
                series);
        return new DashboardChart(
                "heatmap",
                t.get("dashboard.chart.heatmap"),
                option,
                new ChartTable(headers, table),
                height(rows.size()) + 40);
    }

    /** Year-over-year index of the chosen units: one line per unit. */
    static DashboardChart history(List<UnitYearIndex> history, Collection<Long> chosen, Texts t, Locale locale) {
        List<Integer> years = new ArrayList<>(
                new TreeSet<>(history.stream().map(UnitYearIndex::year).toList()));
        Map<Long, Map<Integer, UnitYearIndex>> byUnit = new LinkedHashMap<>();
        for (UnitYearIndex row : history) {
            if (chosen.contains(row.unitId())) {
                byUnit.computeIfAbsent(row.unitId(), id -> new LinkedHashMap<>())
                        .put(row.year(), row);
            }
        }
        List<ChartOption.Series> series = new ArrayList<>();
        List<ChartTable.Row> table = new ArrayList<>();
        for (Long unitId : chosen) {
            Map<Integer, UnitYearIndex> byYear = byUnit.get(unitId);
            if (byYear == null) {
                continue;
            }
            UnitYearIndex any = byYear.values().iterator().next();
            List<Object> data = new ArrayList<>();
            List<Object> cells = new ArrayList<>();
            cells.add(any.unitName(locale));
            for (Integer year : years) {
                UnitYearIndex at = byYear.get(year);
                data.add(at == null ? null : ChartOption.Point.of(at.index(), key(at.periodId(), at.unitId())));
                cells.add(at == null ? null : at.index());
            }
            series.add(ChartOption.Series.of("line", label(any), data).symbol(8).joined());
            table.add(new ChartTable.Row(null, cells));
        }
        List<String> headers = new ArrayList<>();
        headers.add(t.get("dashboard.col.unit"));
        years.forEach(year -> headers.add(String.valueOf(year)));
        ChartOption option = chart(
                t,
                "history",
                ChartOption.Axis.category(years.stream().map(String::valueOf).toList()),
                ChartOption.Axis.value(t.get("dashboard.axis.index"), null, 100),
                null,
                series);
        return new DashboardChart(
                "history", t.get("dashboard.chart.history"), option, new ChartTable(headers, table), MIN_HEIGHT);
    }

    /** The biggest movers up (green) and down (red), in places, with the reasons in the table. */
    static DashboardChart movers(long periodId, List<Mover> up, List<Mover> down, Texts t, Locale locale) {
        List<Mover> all = new ArrayList<>(up);
        all.addAll(down);
        List<Object> ups = new ArrayList<>();
        List<Object> downs = new ArrayList<>();
        List<ChartTable.Row> table = new ArrayList<>();
        for (Mover mover : all) {
            String key = key(periodId, mover.row().unitId());
            ups.add(mover.places() > 0 ? ChartOption.Point.of(mover.places(), key) : null);
            downs.add(mover.places() < 0 ? ChartOption.Point.of(mover.places(), key) : null);
            table.add(new ChartTable.Row(
                    key,
                    List.of(
                            mover.row().unitName(locale),
                            change(mover.row(), t),
                            mover.row().rank(),
                            mover.row().previousRank() == null
                                    ? ""
                                    : mover.row().previousRank(),
                            reasons(mover.reasons(), t, locale))));
        }
        List<ChartOption.Series> series = List.of(
                ChartOption.Series.of("bar", t.get("dashboard.series.up"), ups)
                        .stacked("move")
                        .color(UP_COLOR)
                        .thin(),
                ChartOption.Series.of("bar", t.get("dashboard.series.down"), downs)
                        .stacked("move")
                        .color(DOWN_COLOR)
                        .thin());
        ChartOption option = chart(
                t,
                "movers",
                ChartOption.Axis.value(t.get("dashboard.axis.places"), null, null)
                        .nameUnder()
                        .wholeNumbers(),
                ChartOption.Axis.category(all.stream().map(m -> label(m.row())).toList())
                        .inverted(),
                null,
                series);
        return new DashboardChart(
                "movers",
                t.get("dashboard.chart.movers"),
                option,
                new ChartTable(
                        List.of(
                                t.get("dashboard.col.unit"),
                                t.get("dashboard.col.change"),
                                t.get("dashboard.col.rank"),
                                t.get("dashboard.col.previousRank"),
                                t.get("dashboard.col.reasons")),
                        table),
                height(all.size()));
    }

    /** "I. Area name +2,35; II. ..." */
    static String reasons(List<Contribution> reasons, Texts t, Locale locale) {
        if (reasons.isEmpty()) {
            return t.get("dashboard.noReasons");
        }
        return reasons.stream()
                .map(reason -> String.join("+", reason.codes()) + ". " + reason.name(locale) + " "
                        + (reason.indexPoints().signum() > 0 ? "+" : "")
                        + Formats.score(reason.indexPoints(), locale))
                .collect(Collectors.joining("; "));
    }

    /** The current period's self-assessments by status, overdue units, and appraisals by state. */
    static DashboardChart progress(CycleProgress progress, Texts t, Locale locale) {
        List<String> categories = new ArrayList<>();
        List<Object> counts = new ArrayList<>();
        List<ChartTable.Row> table = new ArrayList<>();
        for (AssessmentStatus status : AssessmentStatus.values()) {
            String label = t.get("assessment.status." + status.name());
            int count = progress.byStatus().getOrDefault(status, 0);
            categories.add(label);
            counts.add(count);
            table.add(new ChartTable.Row(null, List.of(label, count)));
        }
        String overdueLabel = t.get("dashboard.progress.overdue");
        categories.add(overdueLabel);
        counts.add(new ChartOption.Point(progress.overdue().size(), null, Map.of("color", DOWN_COLOR)));
        table.add(new ChartTable.Row(
                null, List.of(overdueLabel, progress.overdue().size())));
        String openLabel = t.get("dashboard.progress.openExplanations");
        categories.add(openLabel);
        counts.add(progress.openExplanations());
        table.add(new ChartTable.Row(null, List.of(openLabel, progress.openExplanations())));
        String finalLabel = t.get("dashboard.progress.appraisalFinal");
        categories.add(finalLabel);
        counts.add(new ChartOption.Point(progress.appraisalsFinal(), null, Map.of("color", UP_COLOR)));
        table.add(new ChartTable.Row(null, List.of(finalLabel, progress.appraisalsFinal())));
        for (var overdue : progress.overdue()) {
            table.add(new ChartTable.Row(
                    key(progress.period().id(), overdue.unit().id()),
                    List.of(
                            overdueLabel + ": " + overdue.unit().name(locale),
                            Formats.date(overdue.deadline(), locale))));
        }
        List<ChartOption.Series> series =
                List.of(ChartOption.Series.of("bar", t.get("dashboard.series.units", progress.units()), counts)
                        .color(THIS_YEAR_COLOR)
                        .thin());
        ChartOption option = chart(
                t,
                "progress",
                ChartOption.Axis.category(categories).withLabel(Map.of("interval", 0, "rotate", 20)),
                ChartOption.Axis.value(t.get("dashboard.axis.units"), 0, null).wholeNumbers(),
                null,
                series);
        return new DashboardChart(
                "progress",
                t.get("dashboard.chart.progress", progress.period().title(locale)),
                option,
                new ChartTable(List.of(t.get("dashboard.col.item"), t.get("dashboard.col.count")), table),
                MIN_HEIGHT);
    }

    /** Heads per level, this year against last year. */
    static DashboardChart leaders(LevelSummary summary, Texts t) {
        List<String> categories = new ArrayList<>();
        List<Object> thisYear = new ArrayList<>();
        List<Object> lastYear = new ArrayList<>();
        List<ChartTable.Row> table = new ArrayList<>();
        for (Level level : Level.values()) {
            String label = t.get(level.labelKey());
            categories.add(label);
            int now = summary.thisYear().getOrDefault(level, 0);
            Integer before =
                    summary.lastYear() == null ? null : summary.lastYear().getOrDefault(level, 0);
            thisYear.add(now);
            lastYear.add(before);
            table.add(new ChartTable.Row(null, java.util.Arrays.asList(label, now, before == null ? "" : before)));
        }
        return compare(
                "leaders",
                t.get("dashboard.chart.leaders"),
                t,
                categories,
                summary.year(),
                thisYear,
                lastYear,
                table,
                t.get("dashboard.col.level"));
    }

    /** Approved awards per type, this year against last year. */
    static DashboardChart awards(int year, List<AwardCount> counts, Texts t, Locale locale) {
        List<String> categories = new ArrayList<>();
        List<Object> thisYear = new ArrayList<>();
        List<Object> lastYear = new ArrayList<>();
        List<ChartTable.Row> table = new ArrayList<>();
        for (AwardCount count : counts) {
            categories.add(count.typeName(locale));
            thisYear.add(count.thisYear());
            lastYear.add(count.lastYear());
            table.add(new ChartTable.Row(null, List.of(count.typeName(locale), count.thisYear(), count.lastYear())));
        }
        return compare(
                "awards",
                t.get("dashboard.chart.awards"),
                t,
                categories,
                year,
                thisYear,
                lastYear,
                table,
                t.get("dashboard.col.awardType"));
    }

    private static DashboardChart compare(
            String id,
            String title,
            Texts t,
            List<String> categories,
            int year,
            List<Object> thisYear,
            List<Object> lastYear,
            List<ChartTable.Row> table,
            String firstHeader) {
        List<ChartOption.Series> series = List.of(
                ChartOption.Series.of("bar", String.valueOf(year), thisYear)
                        .color(THIS_YEAR_COLOR)
                        .thin(),
                ChartOption.Series.of("bar", String.valueOf(year - 1), lastYear)
                        .color(LAST_YEAR_COLOR)
                        .thin());
        ChartOption option = chart(
                t,
                id,
                ChartOption.Axis.category(categories).withLabel(Map.of("interval", 0)),
                ChartOption.Axis.value(t.get("dashboard.axis.count"), 0, null).wholeNumbers(),
                null,
                series);
        return new DashboardChart(
                id,
                title,
                option,
                new ChartTable(List.of(firstHeader, String.valueOf(year), String.valueOf(year - 1)), table),
                MIN_HEIGHT);
    }

    /** A unit's index (left axis) and rank (right axis, 1 on top) over the years. */
    static DashboardChart unitHistory(List<UnitYearIndex> history, Texts t) {
        List<String> years =
                history.stream().map(row -> String.valueOf(row.year())).toList();
        List<Object> index = new ArrayList<>();
        List<Object> rank = new ArrayList<>();
        List<ChartTable.Row> table = new ArrayList<>();
        // both ends fixed: with one end open ECharts stretches a flat line of first places to 0.5
        int lowestRank = history.stream().mapToInt(UnitYearIndex::rank).max().orElse(1);
        for (UnitYearIndex row : history) {
            String key = key(row.periodId(), row.unitId());
            index.add(ChartOption.Point.of(row.index(), key));
            rank.add(ChartOption.Point.of(row.rank(), key));
            table.add(new ChartTable.Row(key, List.of(String.valueOf(row.year()), row.index(), row.rank())));
        }
        List<ChartOption.Series> series = List.of(
                ChartOption.Series.of("line", t.get("dashboard.series.index"), index)
                        .symbol(10)
                        .color(THIS_YEAR_COLOR),
                ChartOption.Series.of("line", t.get("dashboard.series.rank"), rank)
                        .symbol(10)
                        .color(LAST_YEAR_COLOR)
                        .onAxis(1));
        ChartOption option = chart(
                t,
                "unit-history",
                ChartOption.Axis.category(years),
                List.of(
                        ChartOption.Axis.value(t.get("dashboard.axis.index"), null, 100),
                        ChartOption.Axis.value(t.get("dashboard.axis.rank"), 1, lowestRank + 1)
                                .inverted()
                                .wholeNumbers()),
                null,
                series);
        return new DashboardChart(
                "unit-history",
                t.get("dashboard.chart.unitHistory"),
                option,
                new ChartTable(
                        List.of(t.get("dashboard.col.year"), t.get("dashboard.col.index"), t.get("dashboard.col.rank")),
                        table),
                MIN_HEIGHT);
    }

    /** A unit's area indices against the block's average, latest published year. */
    static DashboardChart unitAreas(
            long periodId,
            List<AreaHeading> areas,
            UnitResultRow row,
            Map<Long, BigDecimal> averages,
            Texts t,
            Locale locale) {
        List<Object> own = new ArrayList<>();
        List<Object> average = new ArrayList<>();
        List<ChartTable.Row> table = new ArrayList<>();
        String key = row == null ? null : key(periodId, row.unitId());
        for (int i = 0; i < areas.size(); i++) {
            AreaHeading area = areas.get(i);
            BigDecimal mine = row == null || i >= row.areas().size()
                    ? null
                    : row.areas().get(i).index();
            BigDecimal avg = averages.get(area.nodeId());
            own.add(mine == null ? null : ChartOption.Point.of(mine, key));
            average.add(avg);
            table.add(new ChartTable.Row(
                    key, java.util.Arrays.asList(area.code() + ". " + area.name(locale), mine, avg)));
        }
        List<ChartOption.Series> series = List.of(
                ChartOption.Series.of("bar", t.get("dashboard.series.ownUnit"), own)
                        .color(THIS_YEAR_COLOR)
                        .thin(),
                ChartOption.Series.of("bar", t.get("dashboard.series.blockAverage"), average)
                        .color(LAST_YEAR_COLOR)
                        .thin());
        ChartOption option = chart(
                t,
                "unit-areas",
                areaAxis(areas, locale),
                ChartOption.Axis.value(t.get("dashboard.axis.index"), 0, 100),
                null,
                series);
        return new DashboardChart(
                "unit-areas",
                t.get("dashboard.chart.unitAreas"),
                option,
                new ChartTable(
                        List.of(
                                t.get("dashboard.col.area"),
                                t.get("dashboard.series.ownUnit"),
                                t.get("dashboard.series.blockAverage")),
                        table),
                MIN_HEIGHT);
    }
}
