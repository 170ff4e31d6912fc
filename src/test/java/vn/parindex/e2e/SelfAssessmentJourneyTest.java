package vn.parindex.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.LoadState;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.parindex.assessment.AssessmentFixtures;
import vn.parindex.assessment.EvidenceLibrary;
import vn.parindex.assessment.EvidenceSummary;
import vn.parindex.assessment.ItemChange;
import vn.parindex.assessment.SelfAssessments;
import vn.parindex.assessment.Sheet;
import vn.parindex.assessment.SubmissionBlocker;
import vn.parindex.criteria.ScoreRule;
import vn.parindex.organization.UnitAdministration;
import vn.parindex.organization.UnitDraft;
import vn.parindex.security.Role;
import vn.parindex.support.Accounts;
import vn.parindex.support.SignIn;

/**
 * A department's focal point finishes a self-assessment in a real browser: fills the remaining items,
 * is stopped by an over-maximum score, uploads a PDF, links it, submits, and can no longer edit. The
 * secretariat then sees the unit as submitted. The department is the test's own, prepared like the
 * demo's Department of Transport (all but three items scored), so the demo data stays as described
 * whatever runs before or after.
 */
class SelfAssessmentJourneyTest extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    SelfAssessments assessments;

    @Autowired
    EvidenceLibrary library;

    @Autowired
    UnitAdministration units;

    @Test
    void aFocalPointCompletesUploadsLinksAndSubmits() {
        long period = AssessmentFixtures.period2024(context);
        long department = departmentOfItsOwn();
        String focalPoint = Accounts.create(context, Role.FOCAL_POINT, department);
        scoreAllButThreeItems(period, department, focalPoint);
        try (BrowserContext session = newSession()) {
            Page page = session.newPage();
            signIn(page, focalPoint, Accounts.PASSWORD);
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
            Screenshots.take(page, "sheet");

            page.getByText("Tài liệu kiểm chứng (").click();
            page.locator("#evidence-upload input[type=file]")
                    .setInputFiles(new FilePayload(
                            "Biên bản kiểm tra CCHC.pdf",
                            "application/pdf",
                            AssessmentFixtures.pdf("Biên bản kiểm tra cải cách hành chính")));
            assertThat(page.locator("#evidence-grid")).containsText("Biên bản kiểm tra CCHC.pdf");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("library-gtvt.png")));
            page.getByText("Bảng điểm").click();
            List<String> missing = codesMissingEvidence(period, department, focalPoint);
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
            signIn(page, "noivu", SignIn.DEMO_PASSWORD);
            page.navigate(url("self-assessment/overview?period=" + period));
            assertThat(page.locator("#overview-period")).containsText("2024");
            choose(page, "#overview-status", "Đã nộp");
            assertThat(page.locator("#overview-grid")).containsText(SHORT_NAME);
            assertThat(page.locator("#overview-grid")).containsText("Huyện Nam Sách");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("overview-noivu.png")));
        }
    }

    private static final String SHORT_NAME = "Sở Hành trình";

    /** A new department in the demo's department block, so it is scored against the 2024 criteria set. */
    private long departmentOfItsOwn() {
        long block = AssessmentFixtures.unit(context, "SGTVT").blockId();
        String code = "JOURNEY_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        SignIn.as(context, "admin");
        try {
            return units.createUnit(new UnitDraft(
                    code,
                    "Sở Hành trình thử nghiệm",
                    "Journey test department",
                    SHORT_NAME,
                    block,
                    false,
                    null,
                    null,
                    null,
                    99));
        } finally {
            SignIn.out();
        }
    }

    /**
     * As the demo prepares Transport: one PDF, every component scored but the last three, and the PDF
     * linked to every evidence-required scored item but the last two.
     */
    private void scoreAllButThreeItems(long period, long unitId, String focalPoint) {
        SignIn.as(context, focalPoint, Accounts.PASSWORD);
        try {
            library.upload(
                    period, unitId, "Kế hoạch CCHC năm 2024.pdf", AssessmentFixtures.pdf("Kế hoạch CCHC năm 2024"));
            Sheet sheet = assessments.sheet(period, unitId);
            List<ScoreRule> components = sheet.rules().values().stream()
                    .filter(ScoreRule::requiredForSubmission)
                    .toList();
            List<ScoreRule> scored = components.subList(0, components.size() - 3);
            assessments.save(
                    sheet.assessmentId(),
                    scored.stream()
                            .map(rule -> new ItemChange(
                                    rule.nodeId(),
                                    sheet.item(rule.nodeId()).version(),
                                    AssessmentFixtures.best(rule),
                                    null))
                            .toList());
            long file = sheet.library().stream()
                    .filter(EvidenceSummary::file)
                    .findFirst()
                    .orElseThrow()
                    .id();
            List<ScoreRule> needingEvidence =
                    scored.stream().filter(ScoreRule::evidenceRequired).toList();
            for (ScoreRule rule : needingEvidence.subList(0, needingEvidence.size() - 2)) {
                library.link(sheet.assessmentId(), rule.nodeId(), file);
            }
        } finally {
            SignIn.out();
        }
    }

    /** Evidence-required items of the unit with neither evidence nor a note, as the service counts them. */
    private List<String> codesMissingEvidence(long period, long unitId, String focalPoint) {
        SignIn.as(context, focalPoint, Accounts.PASSWORD);
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

    private void signIn(Page page, String username, String password) {
        page.navigate(url("login"));
        page.locator("#vaadinLoginUsername input").fill(username);
        page.locator("#vaadinLoginPassword input").fill(password);
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
