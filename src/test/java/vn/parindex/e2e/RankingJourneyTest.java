package vn.parindex.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.appraisal.AppraisalRows;
import vn.parindex.appraisal.ConsistencyData;
import vn.parindex.criteria.CriteriaCatalog;
import vn.parindex.criteria.CriteriaEditor;
import vn.parindex.period.Phase;
import vn.parindex.ranking.RankingResults;
import vn.parindex.ranking.UnitResultRow;
import vn.parindex.support.SignIn;

/**
 * The published 2023 rankings in the browser: the provincial leader sees the Department of Transport
 * first with 92,86 and the Department of Home Affairs second with 91,11, Nam Sach first among the
 * districts; the Department of Transport's focal point sees only its own unit. Screenshots in
 * Vietnamese and English.
 */
class RankingJourneyTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    CriteriaEditor editor;

    @Autowired
    CriteriaCatalog catalog;

    @Autowired
    RankingResults results;

    private String ranking(String block) {
        long period = jdbc.queryForObject("select id from assessment_period where year = 2023", Long.class);
        long blockId = jdbc.queryForObject("select id from org_block where code = ?", Long.class, block);
        return url("ranking?period=" + period + "&block=" + blockId);
    }

    @Test
    void theLeaderSeesThe2023RankingsAndAFocalPointOnlyItsOwnUnit() {
        try (BrowserContext session = newSession()) {
            Page page = session.newPage();
            signIn(page, "lanhdao");
            page.navigate(ranking("DEPARTMENT"));
            Locator grid = page.locator("#ranking-grid");
            assertThat(grid).containsText("Sở Giao thông vận tải");
            assertThat(page.locator("#ranking-status")).containsText("Đã công bố lần 1");
            place(page, "SGTVT", "1", "92,86");
            place(page, "SNV", "2", "91,11");
            assertThat(page.locator("#ranking-rank-BQLKCN")).hasText("17");
            assertThat(page.locator("#ranking-rank-SYT")).hasText("18");
            assertThat(page.locator("#ranking-change-SGTVT")).hasText("=");
            assertThat(page.locator("#ranking-publish")).hasCount(0);
            shot(page, "ranking-lanhdao-vi.png");
            Screenshots.take(page, "ranking");

            page.navigate(ranking("DISTRICT"));
            assertThat(page.locator("#ranking-grid")).containsText("Nam Sách");
            place(page, "HNS", "1", "90,86");
            place(page, "TPCL", "2", "88,82");
            assertThat(page.locator("#ranking-change-TPCL")).hasText("▲1");
            assertThat(page.locator("#ranking-rank-HTK")).hasText("11");
            assertThat(page.locator("#ranking-change-HTK")).hasText("=");
            assertThat(page.locator("#ranking-rank-HTM")).hasText("12");
            assertThat(page.locator("#ranking-change-HTM")).hasText("▼6");
            shot(page, "ranking-lanhdao-districts-vi.png");

            chooseLanguage(page, "en");
            page.navigate(ranking("DEPARTMENT"));
            assertThat(page.locator("#ranking-status")).containsText("Published revision 1");
            assertThat(page.locator("#ranking-grid")).containsText("Department of Transport");
            place(page, "SGTVT", "1", "92.86");
            shot(page, "ranking-lanhdao-en.png");
            chooseLanguage(page, "vi");
        }
        try (BrowserContext session = newSession()) {
            Page page = session.newPage();
            signIn(page, "noivu");
            page.navigate(ranking("DEPARTMENT"));
            assertThat(page.locator("#ranking-correct")).isVisible();
            assertThat(page.locator("#ranking-history")).containsText("Công bố lần đầu");
            shot(page, "ranking-noivu-vi.png");
        }
        try (BrowserContext session = newSession()) {
            Page page = session.newPage();
            signIn(page, "gtvt");
            page.navigate(ranking("DEPARTMENT"));
            Locator grid = page.locator("#ranking-grid");
            assertThat(grid).containsText("Sở Giao thông vận tải");
            place(page, "SGTVT", "1", "92,86");
            assertThat(grid).not().containsText("Sở Nội vụ");
            assertThat(grid).not().containsText("Sở Y tế");
            assertThat(page.locator("#ranking-history")).hasCount(0);
            shot(page, "ranking-gtvt-vi.png");

            page.navigate(ranking("DISTRICT"));
            // another block is not offered: the view falls back to the focal point's own block
            assertThat(page.locator("#ranking-grid")).not().containsText("Nam Sách");
            assertThat(page.locator("#ranking-rank-HNS")).hasCount(0);
            shot(page, "ranking-gtvt-district-vi.png");
        }
    }

    /**
     * A block of 150 units (over the 100 shown whole) scrolls inside the grid: the browser is sent
     * the rows in view, fetches the last ones when scrolled to the end, and a sort by unit name
     * brings other units to the top. In the test years' last period, on a block of its own.
     */
    @Test
    void aLargeBlockLoadsItsRowsAsTheGridScrollsAndSorts() {
        int units = 150;
        long periodId = AppraisalRows.ceiling(context);
        String phase = jdbc.queryForObject("select phase from assessment_period where id = ?", String.class, periodId);
        ConsistencyData data = ConsistencyData.create(jdbc, editor, catalog, periodId, "LARGE72", units, 1);
        try {
            AppraisalRows.phase(jdbc, periodId, Phase.FINAL_APPRAISAL);
            data.appraise(periodId, 0, units);
            List<UnitResultRow> draft = results.draft(periodId, data.blockId).ranked();
            SignIn.out();
            UnitResultRow first = draft.get(0);
            UnitResultRow last = draft.get(units - 1);
            // "Đơn vị đo 99" comes first by name, descending
            UnitResultRow lastByName = draft.stream()
                    .filter(row -> row.unitCode().equals("LARGE7299"))
                    .findFirst()
                    .orElseThrow();
            try (BrowserContext session = newSession()) {
                Page page = session.newPage();
                signIn(page, "noivu");
                page.navigate(url("ranking?period=" + periodId + "&block=" + data.blockId));
                Locator grid = page.locator("#ranking-grid");
                assertThat(page.locator("#ranking-rank-" + first.unitCode())).hasText(String.valueOf(first.rank()));
                assertThat(page.locator("#ranking-rank-" + last.unitCode())).hasCount(0);

                grid.evaluate("grid => grid.scrollToIndex(" + (units - 1) + ")");
                assertThat(page.locator("#ranking-rank-" + last.unitCode())).hasText(String.valueOf(last.rank()));
                shot(page, "ranking-large-block-end.png");

                Locator byName = page.locator(
                        "#ranking-grid vaadin-grid-sorter", new Page.LocatorOptions().setHasText("Đơn vị"));
                byName.click();
                byName.click();
                assertThat(byName).hasAttribute("direction", "desc");
                grid.evaluate("grid => grid.scrollToIndex(0)");
                assertThat(page.locator("#ranking-rank-LARGE7299")).hasText(String.valueOf(lastByName.rank()));
                // "Đơn vị đo 1" sorts last by name, descending: not at the top, there at the end
                assertThat(page.locator("#ranking-rank-LARGE721")).hasCount(0);
                grid.evaluate("grid => grid.scrollToIndex(" + (units - 1) + ")");
                assertThat(page.locator("#ranking-rank-LARGE721")).isVisible();
            }
        } finally {
            jdbc.update("update assessment_period set phase = ? where id = ?", phase, periodId);
            data.cleanUp(periodId);
        }
    }

    private static void place(Page page, String unit, String rank, String index) {
        assertThat(page.locator("#ranking-rank-" + unit)).hasText(rank);
        assertThat(page.locator("#ranking-index-" + unit)).hasText(index);
    }

    private static void shot(Page page, String name) {
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        page.screenshot(
                new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)).setFullPage(true));
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
        // the switch reloads the page: wait for the greeting in the new language before going on
        assertThat(page.locator("#home-welcome")).containsText("en".equals(language) ? "Welcome" : "Xin chào");
    }
}
