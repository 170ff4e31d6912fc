package vn.parindex.dashboard.ui;

import java.util.List;
import java.util.Locale;
import vn.parindex.dashboard.ProvinceDashboard;
import vn.parindex.ranking.UnitResultRow;

/**
 * Builds the province dashboard's chart panels as {@link ProvinceDashboardView} does (options, tables,
 * JSON for the browser), for the benchmark, which cannot show the view over its generated blocks.
 */
public final class DashboardPanels {

    private DashboardPanels() {}

    /** The panels' count; each is built with its ECharts option serialized, as for the browser. */
    public static int build(ProvinceDashboard dashboard, Locale locale) {
        DashboardCharts.Texts t = com.vaadin.flow.component.UI.getCurrent()::getTranslation;
        long periodId = dashboard.period().id();
        List<Long> chosen = dashboard.results().ranked().stream()
                .limit(ProvinceDashboardView.DEFAULT_CHOSEN)
                .map(UnitResultRow::unitId)
                .toList();
        List<DashboardChart> charts = new java.util.ArrayList<>(List.of(
                DashboardCharts.ranking(dashboard.results(), t, locale),
                DashboardCharts.distribution(dashboard.results(), t, locale),
                DashboardCharts.heatMap(dashboard.results(), t, locale),
                DashboardCharts.history(dashboard.history(), chosen, t, locale),
                DashboardCharts.movers(periodId, dashboard.moversUp(), dashboard.moversDown(), t, locale)));
        if (dashboard.progress() != null) {
            charts.add(DashboardCharts.progress(dashboard.progress(), t, locale));
        }
        if (dashboard.leaders() != null) {
            charts.add(DashboardCharts.leaders(dashboard.leaders(), t));
        }
        if (dashboard.awards() != null && !dashboard.awards().isEmpty()) {
            charts.add(DashboardCharts.awards(dashboard.period().year(), dashboard.awards(), t, locale));
        }
        charts.forEach(chart -> new ChartPanel(chart, locale));
        return charts.size();
    }
}
