package vn.parindex.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dashboards in the browser: the provincial leader opens /dashboard for 2023, ECharts draws every
 * chart (a canvas each, the legend's band names), the ranking's table view shows the Department of
 * Transport with 92,86 and a click on its bar opens its unit detail; the Department of Transport's
 * focal point sees its own unit dashboard and is refused the province dashboard and another unit's.
 * Screenshots in both languages (/tmp/dash-*.png and target/screenshots) and the README's.
 */
class DashboardJourneyTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    private static BrowserContext wideSession() {
        BrowserContext session = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(1440, 900).setLocale("vi-VN"));
        session.setDefaultTimeout(20_000);
        return session;
    }

    @Test
    void theLeaderReadsThe2023DashboardAndAFocalPointOnlyItsOwnUnit() {
        long period = jdbc.queryForObject("select id from assessment_period where year = 2023", Long.class);
        try (BrowserContext session = wideSession()) {
            Page page = session.newPage();
            signIn(page, "lanhdao");
            page.navigate(url("dashboard?period=" + period));
            rendered(page, "ranking");
            rendered(page, "distribution");
            rendered(page, "heatmap");
            rendered(page, "history");
            // The legend lives in the canvas: read it from the chart ECharts drew, and its aria description.
            Object legend = page.evaluate(
                    "() => echarts.getInstanceByDom(document.getElementById('ranking-chart')).getOption().legend[0].data");
            assertThat(legend.toString()).contains("Tốt").contains("Khá");
            assertThat(page.locator("#ranking-chart").getAttribute("aria-label"))
                    .contains("Tốt");
            Screenshots.take(page, "dashboard");
            shot(page, "dash-lanhdao-vi.png");

            page.locator("#ranking-toggle").click();
            assertThat(page.locator("#ranking-table")).isVisible();
            assertThat(page.locator("#ranking-table")).containsText("Sở Giao thông vận tải");
            assertThat(page.locator("#ranking-table tbody tr").first()).containsText("92,86");
            page.locator("#ranking-table tbody tr").first().locator("a").click();
            page.locator("#unit-detail-view").waitFor();
            assertThat(page.locator("#ud-title")).containsText("Sở Giao thông vận tải");

            chooseLanguage(page, "en");
            page.navigate(url("dashboard?period=" + period));
            rendered(page, "ranking");
            page.locator("#ranking-toggle").click();
            assertThat(page.locator("#ranking-table tbody tr").first()).containsText("92.86");
            page.locator("#ranking-toggle").click();
            rendered(page, "ranking");
            shot(page, "dash-lanhdao-en.png");
            chooseLanguage(page, "vi");
        }
        try (BrowserContext session = wideSession()) {
            Page page = session.newPage();
            signIn(page, "gtvt");
            page.navigate(url("dashboard/unit"));
            assertThat(page.locator("#unit-dashboard-view h2")).containsText("Sở Giao thông vận tải");
            rendered(page, "unit-history");
            rendered(page, "unit-areas");
            assertThat(page.locator("#unit-dashboard-due")).isVisible();
            shot(page, "dash-gtvt-vi.png");

            long health = jdbc.queryForObject("select id from org_unit where code = 'SYT'", Long.class);
            page.navigate(url("dashboard/unit?unit=" + health));
            assertThat(page.locator("#dashboard-denied")).containsText("đơn vị mình");
            assertThat(page.locator("canvas")).hasCount(0);

            page.navigate(url("dashboard"));
            assertThat(page.locator("#dashboard-view")).hasCount(0);
            chooseLanguage(page, "en");
            page.navigate(url("dashboard/unit"));
            rendered(page, "unit-history");
            shot(page, "dash-gtvt-en.png");
            chooseLanguage(page, "vi");
        }
    }

    /** The chart's container got a canvas from ECharts and the draw finished. */
    private static void rendered(Page page, String id) {
        assertThat(page.locator("#" + id + "-chart canvas").first()).isVisible();
        assertThat(page.locator("#" + id + "-chart")).hasAttribute("data-rendered", "true");
    }

    private static void shot(Page page, String name) {
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        Page.ScreenshotOptions options = new Page.ScreenshotOptions().setFullPage(true);
        page.screenshot(options.setPath(SCREENSHOTS.resolve(name)));
        page.screenshot(options.setPath(java.nio.file.Path.of("/tmp", name)));
    }

    private void signIn(Page page, String username) {
        page.navigate(url("login"));
        page.locator("#vaadinLoginUsername input").fill(username);
        page.locator("#vaadinLoginPassword input").fill("Demo@2024");
        page.locator("#vaadinLoginPassword input").press("Enter");
        page.locator("#home-view").waitFor();
    }

    private void chooseLanguage(Page page, String language) {
        page.navigate(url(""));
        page.locator("#home-view").waitFor();
        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        page.locator("#menu-language").click();
        page.locator("#language-" + language).click();
        assertThat(page.locator("#home-welcome")).containsText("en".equals(language) ? "Welcome" : "Xin chào");
    }
}
