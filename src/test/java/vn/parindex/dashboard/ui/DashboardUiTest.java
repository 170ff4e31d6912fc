package vn.parindex.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.shared.ui.EChart;
import vn.parindex.support.KaribuTest;

/** Both dashboards in Karibu, in Vietnamese (default) and English. */
class DashboardUiTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    /** Switches the chart to its table view (the table is hidden until asked for) and reads it. */
    private static String tableText(String chartId) {
        _click(_get(Button.class, spec -> spec.withId(chartId + "-toggle")));
        return _get(NativeTable.class, spec -> spec.withId(chartId + "-table"))
                .getElement()
                .getTextRecursively();
    }

    private void openDashboard(Locale locale) {
        openAs("lanhdao");
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().navigate("dashboard", QueryParameters.simple(Map.of("year", "2023")));
    }

    @Test
    void aLeaderSeesEveryChartOf2023WithItsTableInVietnamese() {
        openDashboard(new Locale("vi"));

        assertThat(_get(H2.class).getText()).isEqualTo("Bảng điều khiển chỉ số CCHC");
        for (String id : new String[] {"ranking", "distribution", "heatmap", "history", "movers", "leaders"}) {
            assertThat(_find(EChart.class, spec -> spec.withId(id + "-chart")))
                    .as(id)
                    .hasSize(1);
        }
        EChart ranking = _get(EChart.class, spec -> spec.withId("ranking-chart"));
        assertThat(ranking.optionJson()).contains("\"Tốt\"").contains("\"saveAsImage\"");
        assertThat(_find(NativeTable.class, spec -> spec.withId("ranking-table")))
                .as("hidden until asked")
                .isEmpty();

        String text = tableText("ranking");

        assertThat(ranking.isVisible()).isFalse();
        assertThat(text).contains("Sở Giao thông vận tải").contains("92,86");
    }

    @Test
    void numbersFollowEnglish() {
        openDashboard(Locale.ENGLISH);

        assertThat(_get(H2.class).getText()).isEqualTo("PAR Index dashboard");
        // the chart first: showing its table view hides it
        assertThat(_get(EChart.class, spec -> spec.withId("ranking-chart")).optionJson())
                .contains("\"Good\"");
        assertThat(tableText("ranking")).contains("92.86").doesNotContain("92,86");
    }

    @Test
    void aFocalPointSeesTheirUnitDashboardAndAnotherUnitIsRefused() {
        openAs("gtvt");
        UI.getCurrent().navigate("dashboard/unit");

        assertThat(_get(H2.class).getText()).contains("Sở Giao thông vận tải");
        assertThat(_find(EChart.class, spec -> spec.withId("unit-history-chart")))
                .hasSize(1);
        assertThat(_find(EChart.class, spec -> spec.withId("unit-areas-chart"))).hasSize(1);
        assertThat(tableText("unit-history")).contains("92,86");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("dashboard/unit", QueryParameters.simple(Map.of("unit", "1")));
        long health = jdbc.queryForObject("select id from org_unit where code = 'SYT'", Long.class);
        UI.getCurrent().navigate("dashboard/unit", QueryParameters.simple(Map.of("unit", String.valueOf(health))));
        assertThat(_get(Paragraph.class, spec -> spec.withId("dashboard-denied"))
                        .getText())
                .isEqualTo("You may only see the dashboard of your own unit.");
        assertThat(_find(EChart.class)).isEmpty();
    }
}
