package vn.parindex.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.appraisal.AppraisalRows;
import vn.parindex.leaders.LeaderClassificationsTest;
import vn.parindex.leaders.LeaderRuleSets;
import vn.parindex.period.Phase;
import vn.parindex.support.SignIn;

/**
 * Leader classification in a real browser, in a period the test builds (2029, departments all tied at
 * 75%, rules: top 5 may be excellent, at most 20%): noivu reviews the proposals, overrides the
 * Department of Health's head with a justification and submits; lanhdao sees the override
 * highlighted and approves; the summary matches (4 excellently, 14 well).
 */
class LeadersJourneyTest extends BrowserTest {

    private static final int YEAR = 2029;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LeaderRuleSets ruleSets;

    @Test
    void noivuOverridesOneWithAJustificationAndSubmitsLanhdaoApprovesAndTheSummaryMatches() {
        long period = AppraisalRows.period(context, YEAR, Phase.COUNCIL_APPROVAL);
        long department = jdbc.queryForObject("select id from org_block where code = 'DEPARTMENT'", Long.class);
        AppraisalRows.allFinal(jdbc, period, department, "hoidong2");
        AppraisalRows.surveyed(jdbc, period, department);
        // Other journeys in this JVM add departments without a head; submitting refuses a block with a
        // head missing, so those get one for the year (the refusal itself is LeaderClassificationsTest's).
        jdbc.update("""
                insert into unit_head (id, unit_id, name, title_vi, title_en, term_from, term_to, acting, version)
                select 8000000000 + u.id, u.id, 'Người đứng đầu thử nghiệm', 'Giám đốc', 'Director',
                       '2029-01-01', '2029-12-31', false, 0
                from org_unit u
                where u.block_id = ? and u.active = true
                  and not exists (select 1 from unit_head h where h.unit_id = u.id
                                  and h.term_from <= '2029-12-31' and (h.term_to is null or h.term_to >= '2029-01-01'))
                """, department);
        ruleSets.save(period, LeaderClassificationsTest.rules(), 0);
        SignIn.out();
        long health = jdbc.queryForObject("select id from org_unit where code = 'SYT'", Long.class);

        try (BrowserContext session = newSession()) {
            Page page = session.newPage();
            signIn(page, "noivu");
            page.navigate(url("leaders?year=" + YEAR));
            page.locator("#leaders-prepare").click();
            page.locator("#leaders-grid").waitFor();
            assertThat(page.locator("#leaders-status")).containsText("Đang xếp loại");
            page.locator("#leaders-set-" + health).click();
            page.locator("#leaders-level").click();
            page.locator("vaadin-select-item")
                    .getByText("Hoàn thành xuất sắc nhiệm vụ")
                    .click();
            page.locator("#leaders-justification textarea").fill("Thành tích nổi bật trong phòng, chống dịch");
            page.locator("#leaders-justification textarea").press("Tab");
            page.locator("#leaders-level-save").click();
            assertThat(page.locator("#leaders-final-" + health)).containsText("Ngoài quy tắc");
            page.screenshot(new Page.ScreenshotOptions()
                    .setFullPage(true)
                    .setPath(SCREENSHOTS.resolve("leaders-override-noivu.png")));
            page.locator("#leaders-submit").click();
            assertThat(page.locator("#leaders-status")).containsText("Đã trình lãnh đạo");
        }

        try (BrowserContext session = newSession()) {
            Page page = session.newPage();
            signIn(page, "lanhdao");
            page.navigate(url("leaders?year=" + YEAR));
            assertThat(page.locator("#leaders-final-" + health)).containsText("Thành tích nổi bật");
            page.locator("#leaders-approve").click();
            assertThat(page.locator("#leaders-status")).containsText("Đã phê duyệt");
            page.waitForLoadState(LoadState.NETWORKIDLE);
            assertThat(page.locator("#leaders-summary")).containsText("Hoàn thành xuất sắc nhiệm vụ");
            assertThat(page.locator("#leaders-summary vaadin-grid-cell-content"))
                    .containsText(new String[] {"Hoàn thành xuất sắc nhiệm vụ", "4", "–"});
            page.screenshot(new Page.ScreenshotOptions()
                    .setFullPage(true)
                    .setPath(SCREENSHOTS.resolve("leaders-approved-lanhdao.png")));
        }

        // The demo's 2023 list and rules, for looking at.
        try (BrowserContext session = newSession()) {
            Page page = session.newPage();
            signIn(page, "noivu");
            page.navigate(url("leaders?year=2023"));
            assertThat(page.locator("#leaders-status")).containsText("Đã phê duyệt");
            page.screenshot(new Page.ScreenshotOptions()
                    .setFullPage(true)
                    .setPath(SCREENSHOTS.resolve("leaders-2023-noivu.png")));
            page.navigate(url("leaders/rules?year=2023"));
            page.locator("#leader-rules-grid").waitFor();
            page.screenshot(new Page.ScreenshotOptions()
                    .setFullPage(true)
                    .setPath(SCREENSHOTS.resolve("leader-rules-2023-noivu.png")));
        }
    }

    private void signIn(Page page, String username) {
        page.navigate(url("login"));
        page.locator("#vaadinLoginUsername input").fill(username);
        page.locator("#vaadinLoginPassword input").fill(SignIn.DEMO_PASSWORD);
        page.locator("#vaadinLoginPassword input").press("Enter");
        page.locator("#home-view").waitFor();
    }
}
