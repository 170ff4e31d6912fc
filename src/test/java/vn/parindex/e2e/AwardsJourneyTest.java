package vn.parindex.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.appraisal.AppraisalRows;
import vn.parindex.awards.NominationKind;
import vn.parindex.awards.Nominations;
import vn.parindex.awards.RuleKind;
import vn.parindex.period.Phase;
import vn.parindex.shared.pdf.PdfAssertions;
import vn.parindex.support.SignIn;

/**
 * Awards in a real browser, in a period the test builds (2014, the district block published: Nam Sach
 * first, Kim Thanh second; rules "top 2 districts"): namsach nominates its unit; noivu accepts it
 * into the list, adds Kim Thanh and submits the list; lanhdao approves Nam Sach and approves Kim
 * Thanh at another award type; noivu issues the decision, whose PDF downloads and lists both awards.
 * Screenshots in Vietnamese and English.
 */
class AwardsJourneyTest extends BrowserTest {

    private static final int YEAR = 2014;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Nominations nominations;

    @Test
    void aFocalPointNominatesNoivuReviewsAndSubmitsLanhdaoApprovesAndTheDecisionPdfListsTheAwards() throws Exception {
        long period = publishedPeriod();
        long namSach = unit("HNS");
        long kimThanh = unit("HKT");

        try (BrowserContext session = newSession()) {
            Page page = session.newPage();
            signIn(page, "namsach");
            page.navigate(url("awards?period=" + YEAR));
            page.locator("#awards-new").click();
            assertThat(page.locator("#awards-unit input")).hasValue("Ủy ban nhân dân huyện Nam Sách");
            page.locator("#awards-achievements textarea").fill("Dẫn đầu khối cấp huyện về Chỉ số CCHC");
            page.locator("#awards-achievements textarea").press("Tab");
            page.locator("#awards-save").click();
            Locator grid = page.locator("#awards-grid");
            assertThat(grid).containsText("Ủy ban nhân dân huyện Nam Sách");
            assertThat(grid).containsText("Đạt");
            assertThat(grid).containsText("Đề nghị");
            shot(page, "awards-1-nominated-namsach-vi.png");
        }

        try (BrowserContext session = newSession()) {
            Page page = session.newPage();
            signIn(page, "noivu");
            page.navigate(url("awards?period=" + YEAR));
            // the list does not go while the unit's proposal waits for review
            page.locator("#awards-submit").click();
            assertThat(page.locator("vaadin-notification-card").last()).containsText("Hãy xem xét đề nghị");
            row(page, "Ủy ban nhân dân huyện Nam Sách").click();
            page.locator("#awards-accept").click();
            assertThat(page.locator("#awards-grid")).containsText("Đã đưa vào danh sách");
            // the secretariat adds Kim Thanh
            page.locator("#awards-new").click();
            page.locator("#awards-unit input").fill("Kim Thành");
            page.locator("vaadin-combo-box-item")
                    .getByText("Ủy ban nhân dân huyện Kim Thành")
                    .click();
            page.locator("#awards-achievements textarea").fill("Xếp thứ hai khối cấp huyện");
            page.locator("#awards-achievements textarea").press("Tab");
            page.locator("#awards-save").click();
            assertThat(page.locator("#awards-grid")).containsText("Ủy ban nhân dân huyện Kim Thành");
            shot(page, "awards-2-reviewed-noivu-vi.png");
            page.locator("#awards-submit").click();
            assertThat(page.locator("#awards-grid")).containsText("Đã trình lãnh đạo");
            assertThat(page.locator("#awards-grid")).not().containsText("Đã đưa vào danh sách");
        }

        try (BrowserContext session = newSession()) {
            Page page = session.newPage();
            signIn(page, "lanhdao");
            page.navigate(url("awards?period=" + YEAR));
            row(page, "Ủy ban nhân dân huyện Nam Sách").click();
            page.locator("#awards-approve").click();
            assertThat(page.locator("#awards-grid")).containsText("Đã phê duyệt");
            row(page, "Ủy ban nhân dân huyện Kim Thành").click();
            page.locator("#awards-other-type input").fill("Giấy khen");
            page.locator("vaadin-combo-box-item")
                    .getByText("Giấy khen của Giám đốc Sở Nội vụ")
                    .click();
            page.locator("#awards-approve-as").click();
            assertThat(page.locator("#awards-grid")).not().containsText("Đã trình lãnh đạo");
            assertThat(page.locator("#awards-grid")).containsText("Giấy khen của Giám đốc Sở Nội vụ");
            shot(page, "awards-3-approved-lanhdao-vi.png");
            Screenshots.take(page, "awards");
        }

        try (BrowserContext session = newSession(true)) {
            Page page = session.newPage();
            signIn(page, "noivu");
            page.navigate(url("awards?period=" + YEAR));
            page.locator("#awards-signer input").fill("Nguyễn Văn A");
            page.locator("#awards-issue").click();
            Locator pdfLink = page.locator("[id^=awards-pdf-]");
            pdfLink.waitFor();
            page.waitForLoadState(LoadState.NETWORKIDLE);
            assertThat(page.locator("#awards-decisions")).containsText("đưa vào danh sách: noivu");
            shot(page, "awards-4-decision-noivu-vi.png");
            page.locator("[id^=awards-decision-] vaadin-grid").first().scrollIntoViewIfNeeded();
            shot(page, "awards-4b-package-noivu-vi.png");
            Download download = page.waitForDownload(pdfLink::click);
            byte[] pdf = Files.readAllBytes(download.path());
            PdfAssertions.keep("awards-journey-decision.pdf", pdf);
            String text = PdfAssertions.withoutSpaces(PdfAssertions.text(pdf));
            org.assertj.core.api.Assertions.assertThat(text)
                    .contains(PdfAssertions.withoutSpaces(
                            "QUYẾT ĐỊNH",
                            "Ủy ban nhân dân huyện Nam Sách",
                            "Ủy ban nhân dân huyện Kim Thành",
                            "Giấy khen của Giám đốc Sở Nội vụ",
                            "Bằng khen của Chủ tịch UBND tỉnh",
                            "Nguyễn Văn A"));
            org.assertj.core.api.Assertions.assertThat(
                            text.indexOf(PdfAssertions.withoutSpaces("Ủy ban nhân dân huyện Nam Sách")))
                    .isLessThan(text.indexOf(PdfAssertions.withoutSpaces("Ủy ban nhân dân huyện Kim Thành")));
        }

        try (BrowserContext session = newSession()) {
            Page page = session.newPage();
            signIn(page, "noivu");
            chooseLanguage(page, "en");
            page.navigate(url("awards?period=" + YEAR));
            assertThat(page.locator("#awards-grid")).containsText("In a decision");
            assertThat(page.locator("#awards-decisions")).containsText("accepted into the list by noivu");
            page.locator("[id^=awards-decision-] vaadin-grid").first().scrollIntoViewIfNeeded();
            shot(page, "awards-5-package-noivu-en.png");
            page.navigate(url("awards?period=2023"));
            assertThat(page.locator("#awards-decisions")).containsText("approved by lanhdao");
            shot(page, "awards-6-demo-2023-noivu-en.png");
            page.locator("[id^=awards-decision-] vaadin-grid").first().scrollIntoViewIfNeeded();
            shot(page, "awards-6b-demo-2023-package-noivu-en.png");
            // the choice is the account's: leave it as the other journeys expect it
            chooseLanguage(page, "vi");
        }
        try (BrowserContext session = newSession()) {
            Page page = session.newPage();
            signIn(page, "namsach");
            page.navigate(url("awards?period=" + YEAR));
            assertThat(page.locator("#awards-grid")).containsText("Đã có quyết định");
            shot(page, "awards-7-decided-namsach-vi.png");
        }
        long nominated = jdbc.queryForObject(
                "select id from award_nomination where period_id = ? and unit_id = ?", Long.class, period, namSach);
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'AWARD_NOMINATION_ACCEPTED' and entity_id = ?",
                        Integer.class,
                        String.valueOf(nominated)))
                .isEqualTo(1);
        org.assertj.core.api.Assertions.assertThat(kimThanh).isPositive();
    }

    private static BrowserContext newSession(boolean downloads) {
        BrowserContext session = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1366, 768)
                .setLocale("vi-VN")
                .setAcceptDownloads(downloads));
        session.setDefaultTimeout(20_000);
        return session;
    }

    private static Locator row(Page page, String name) {
        return page.locator("#awards-grid vaadin-grid-cell-content")
                .getByText(name, new Locator.GetByTextOptions().setExact(true))
                .first();
    }

    private static void shot(Page page, String name) {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve(name)));
    }

    private long unit(String code) {
        return jdbc.queryForObject("select id from org_unit where code = ?", Long.class, code);
    }

    /** The 2014 period with its district block published, rules "top 2 districts" for both kinds. */
    private long publishedPeriod() {
        Long existing = jdbc.query(
                "select id from assessment_period where year = ?", rs -> rs.next() ? rs.getLong(1) : null, YEAR);
        if (existing != null) {
            jdbc.update("delete from award_nomination where period_id = ? and decision_id is null", existing);
            return existing;
        }
        long periodId = AppraisalRows.period(context, YEAR, Phase.COUNCIL_APPROVAL);
        long district = jdbc.queryForObject("select id from org_block where code = 'DISTRICT'", Long.class);
        AppraisalRows.allFinal(jdbc, periodId, district, "hoidong2");
        AppraisalRows.surveyed(jdbc, periodId, district);
        bonus(periodId, unit("HNS"), "2");
        bonus(periodId, unit("HKT"), "1.5");
        AppraisalRows.published(context, periodId, district);
        long type = jdbc.queryForObject("select id from award_type where code = 'PPC_CERTIFICATE'", Long.class);
        nominations.addRule(periodId, type, NominationKind.COLLECTIVE, RuleKind.RANK_TOP_N, district, 2, null);
        nominations.addRule(periodId, type, NominationKind.INDIVIDUAL, RuleKind.RANK_TOP_N, district, 2, null);
        SignIn.out();
        return periodId;
    }

    private void bonus(long periodId, long unitId, String points) {
        jdbc.update(
                "update appraisal_item set final_score = ? where score_item_id = (select i.id from score_item i"
                        + " join self_assessment a on a.id = i.assessment_id where a.period_id = ? and a.unit_id = ?"
                        + " and i.node_id = ?)",
                new java.math.BigDecimal(points),
                periodId,
                unitId,
                AppraisalRows.node(jdbc, periodId, unitId, "T1"));
    }

    private void signIn(Page page, String username) {
        page.navigate(url("login"));
        page.locator("#vaadinLoginUsername input").fill(username);
        page.locator("#vaadinLoginPassword input").fill(SignIn.DEMO_PASSWORD);
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
