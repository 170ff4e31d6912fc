package vn.parindex.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.LoadState;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.parindex.assessment.AssessmentFixtures;
import vn.parindex.assessment.SelfAssessments;
import vn.parindex.assessment.Sheet;
import vn.parindex.assessment.SubmissionBlocker;
import vn.parindex.support.SignIn;

/**
 * The Department of Transport's focal point finishes the demo self-assessment in a real browser:
 * fills the remaining items, is stopped by an over-maximum score, uploads a PDF, links it, submits,
 * and can no longer edit. The secretariat then sees the unit as submitted.
 */
class SelfAssessmentJourneyTest extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    SelfAssessments assessments;

    @Test
    void theTransportFocalPointCompletesUploadsLinksAndSubmits() {
        long period = AssessmentFixtures.period2024(context);
        long transport = AssessmentFixtures.unit(context, "SGTVT").id();
        try (BrowserContext session = newSession()) {
            Page page = session.newPage();
            signIn(page, "gtvt");
            assertThat(page.locator("#home-due .portal-card")
                            .filter(new Locator.FilterOptions().setHasText("năm 2024")))
                    .containsText("Còn 3/52 tiêu chí chưa chấm");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("home-gtvt.png")));

            page.navigate(url("self-assessment?period=" + period));
            assertThat(page.locator("#sa-progress")).hasText("Đã chấm 49/52 tiêu chí");
            choose(page, "#sa-filter", "Chưa chấm điểm");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("sheet-gtvt-unscored.png")));

            selectItem(page, "7.4.1");
            choose(page, "#item-choice", "2 – ");
            selectItem(page, "7.4.2");
            page.locator("#item-score input").fill("2");
            page.locator("#item-score input").press("Tab");
            assertThat(page.locator("#item-score")).containsText("7.4.2: điểm 2 vượt quá điểm tối đa 1,5");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("sheet-over-maximum.png")));
            page.locator("#item-score input").fill("1,25");
            page.locator("#item-score input").press("Tab");
            assertThat(page.locator("#item-score")).not().hasAttribute("invalid", "");
            selectItem(page, "7.4.3");
            choose(page, "#item-choice", "1,5 – ");
            assertThat(page.locator("#sa-save")).hasText("Lưu (3)");
            page.locator("#sa-save").click();
            assertThat(page.locator("#sa-progress")).hasText("Đã chấm 52/52 tiêu chí");

            page.getByText("Tài liệu kiểm chứng (").click();
            page.locator("#evidence-upload input[type=file]")
                    .setInputFiles(new FilePayload(
                            "Biên bản kiểm tra CCHC.pdf",
                            "application/pdf",
                            AssessmentFixtures.pdf("Biên bản kiểm tra cải cách hành chính")));
            assertThat(page.locator("#evidence-grid")).containsText("Biên bản kiểm tra CCHC.pdf");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("library-gtvt.png")));
            page.getByText("Bảng điểm").click();
            List<String> missing = codesMissingEvidence(period, transport);
            assertThat(page.locator("#sa-evidence-missing")).hasText("Thiếu kiểm chứng: " + missing.size());
            choose(page, "#sa-filter", "Thiếu tài liệu kiểm chứng");
            for (int linked = 1; linked <= missing.size(); linked++) {
                selectItem(page, missing.get(linked - 1));
                Locator picker = page.locator("#item-evidence input");
                picker.click();
                picker.fill("Biên bản");
                page.locator("vaadin-multi-select-combo-box-item")
                        .filter(new Locator.FilterOptions().setHasText("CCHC.pdf"))
                        .click();
                assertThat(page.locator("#sa-evidence-missing"))
                        .hasText("Thiếu kiểm chứng: " + (missing.size() - linked));
                page.keyboard().press("Escape");
            }
            page.locator("#sa-submit").click();
            page.locator("vaadin-confirm-dialog-overlay")
                    .getByText("Nộp bản tự đánh giá", new Locator.GetByTextOptions().setExact(true))
                    .click();
            assertThat(page.locator("#sa-status-badge")).hasText("Đã nộp");
            assertThat(page.locator("#sa-locked")).containsText("Bản tự đánh giá đã nộp và bị khóa");
            assertThat(page.locator("#sa-submit")).isHidden();
            // The item last worked on stays open, and now only shows its value.
            assertThat(page.locator("#sa-editor-title")).containsText(missing.get(missing.size() - 1) + " · ");
            assertThat(page.locator(
                                    "#sa-editor vaadin-select, #sa-editor vaadin-text-field, #sa-editor vaadin-radio-group")
                            .first())
                    .hasAttribute("readonly", "");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("sheet-submitted.png")));
        }

        try (BrowserContext session = newSession()) {
            Page page = session.newPage();
            signIn(page, "noivu");
            page.navigate(url("self-assessment/overview?period=" + period));
            assertThat(page.locator("#overview-period")).containsText("2024");
            choose(page, "#overview-status", "Đã nộp");
            assertThat(page.locator("#overview-grid")).containsText("Sở GTVT");
            assertThat(page.locator("#overview-grid")).containsText("Huyện Nam Sách");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("overview-noivu.png")));
        }
    }

    /** Evidence-required items of the unit with neither evidence nor a note, as the service counts them. */
    private List<String> codesMissingEvidence(long period, long unitId) {
        SignIn.as(context, "gtvt");
        try {
            Sheet sheet = assessments.sheet(period, unitId);
            return sheet.blockers().stream()
                    .filter(blocker -> blocker.kind() == SubmissionBlocker.Kind.EVIDENCE_MISSING)
                    .map(SubmissionBlocker::code)
                    .toList();
        } finally {
            SignIn.out();
        }
    }

    private void signIn(Page page, String username) {
        page.navigate(url("login"));
        page.locator("#vaadinLoginUsername input").fill(username);
        page.locator("#vaadinLoginPassword input").fill(SignIn.DEMO_PASSWORD);
        page.locator("#vaadinLoginPassword input").press("Enter");
        page.locator("#home-view").waitFor();
    }

    /** Opens a select and picks the option whose label contains the text. */
    private static void choose(Page page, String select, String option) {
        page.locator(select).click();
        page.locator("vaadin-select-item[role=option]")
                .filter(new Locator.FilterOptions().setHasText(option))
                .locator("visible=true")
                .first()
                .click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
    }

    /** Clicks an item's code in the tree until the editor shows it (a click racing a reload is lost). */
    private static void selectItem(Page page, String code) {
        // The grid keeps recycled, hidden rows around: only the visible one is the row to click.
        Locator row = page.locator("#sa-tree")
                .getByText(code, new Locator.GetByTextOptions().setExact(true))
                .locator("visible=true");
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                row.scrollIntoViewIfNeeded(new Locator.ScrollIntoViewIfNeededOptions().setTimeout(5_000));
                row.click(new Locator.ClickOptions().setTimeout(5_000));
            } catch (com.microsoft.playwright.PlaywrightException notThereYet) {
                page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("select-" + code + ".png")));
                continue;
            }
            try {
                assertThat(page.locator("#sa-editor-title"))
                        .containsText(
                                code + " · ",
                                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions()
                                        .setTimeout(5_000));
                return;
            } catch (AssertionError retry) {
                // the tree was being replaced; click the fresh row again
            }
        }
        assertThat(page.locator("#sa-editor-title")).containsText(code + " · ");
    }
}
