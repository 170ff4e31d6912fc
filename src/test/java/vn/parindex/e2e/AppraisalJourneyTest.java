package vn.parindex.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.parindex.appraisal.AppraisalFixtures;
import vn.parindex.assessment.AssessmentFixtures;
import vn.parindex.assessment.OwnPeriods;
import vn.parindex.assessment.SelfAssessments;
import vn.parindex.assessment.Sheet;
import vn.parindex.support.SignIn;

/**
 * Across roles in a real browser, in a period the test builds (2045): hoidong1 appraises Nam Sach,
 * lowers a score and asks for an explanation; namsach answers it; hoidong1 accepts the explanation
 * and finalizes the unit. The secretariat's phase moves happen through the service between steps.
 */
class AppraisalJourneyTest extends BrowserTest {

    private static final int YEAR = 2045;

    @Autowired
    ApplicationContext context;

    @Autowired
    SelfAssessments assessments;

    @org.junit.jupiter.api.AfterEach
    void leavePeriod() {
        AppraisalFixtures.leaveSelfAssessment(context, YEAR);
        AppraisalFixtures.readNotificationsOf(context, "hoidong1", "namsach");
    }

    @Test
    void hoidong1AppraisesNamSachAsksNamsachAnswersAndHoidong1Finalizes() {
        AppraisalFixtures.guard(context);
        OwnPeriods.open(context, YEAR);
        long period = AppraisalFixtures.periodId(context, YEAR);
        long namSach = AssessmentFixtures.unit(context, "HNS").id();
        SignIn.as(context, "namsach");
        Sheet sheet = assessments.sheet(period, namSach);
        assessments.save(sheet.assessmentId(), AssessmentFixtures.fullMarks(sheet));
        assessments.submit(
                sheet.assessmentId(), assessments.sheet(period, namSach).version());
        AppraisalFixtures.assign(context, period, "HNS", "hoidong1", null);
        AppraisalFixtures.advance(context, period);
        SignIn.out();

        try (BrowserContext session = newSession()) {
            Page page = session.newPage();
            signIn(page, "hoidong1");
            page.navigate(url("appraisal?period=" + period));
            page.locator("#ap-open-HNS").click();
            page.locator("#ap-tree").waitFor();
            selectItem(page, "1.1.1");
            page.locator("#ap-score input").fill("15");
            page.locator("#ap-score input").press("Tab");
            page.locator("#ap-comment textarea").fill("Chưa có báo cáo quý IV");
            page.locator("#ap-comment textarea").press("Tab");
            page.locator("#ap-save-item").click();
            page.waitForLoadState(LoadState.NETWORKIDLE);
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("appraisal-saved-hoidong1.png")));
            System.out.println("JOURNEY notifications after save: "
                    + page.locator("vaadin-notification-card").allInnerTexts());
            assertThat(page.locator("#ap-totals")).containsText("chênh lệch -5,00");
            page.locator("#ap-question textarea").fill("Đề nghị cung cấp báo cáo quý IV");
            page.locator("#ap-question textarea").press("Tab");
            page.locator("#ap-ask").click();
            assertThat(page.locator("#ap-tree")).containsText("đã hỏi");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("appraisal-sheet-hoidong1.png")));
            Screenshots.take(page, "appraisal");
        }

        AppraisalFixtures.advance(context, period);
        SignIn.out();
        try (BrowserContext session = newSession()) {
            Page page = session.newPage();
            signIn(page, "namsach");
            assertThat(page.locator("#home-explanations-link").first()).isVisible();
            page.navigate(url("explanations?period=" + period));
            assertThat(page.locator("#ex-heading")).containsText("Đã yêu cầu giải trình");
            assertThat(page.locator("[id='ex-item-1.1.1']")).containsText("Đề nghị cung cấp báo cáo quý IV");
            page.locator("[id='ex-answer-1.1.1'] textarea").fill("Báo cáo quý IV đã ban hành ngày 15/12");
            page.locator("[id='ex-answer-1.1.1'] textarea").press("Tab");
            page.locator("[id='ex-save-1.1.1']").click();
            page.waitForLoadState(LoadState.NETWORKIDLE);
            page.locator("#ex-submit").click();
            assertThat(page.locator("#ex-heading")).containsText("Đã giải trình");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("explanations-namsach.png")));
        }

        AppraisalFixtures.advance(context, period);
        SignIn.out();
        try (BrowserContext session = newSession()) {
            Page page = session.newPage();
            signIn(page, "hoidong1");
            page.navigate(url("appraisal/sheet?period=" + period + "&unit=" + namSach));
            page.locator("#ap-tree").waitFor();
            selectItem(page, "1.1.1");
            assertThat(page.locator("#ap-answer")).containsText("Báo cáo quý IV đã ban hành");
            page.locator("#ap-accepted input").check();
            page.waitForLoadState(LoadState.NETWORKIDLE);
            // Accepting the explanation proposes the unit's own score; the member confirms it.
            page.locator("#ap-final input").fill("20");
            page.locator("#ap-final input").press("Tab");
            page.locator("#ap-save-final").click();
            page.waitForLoadState(LoadState.NETWORKIDLE);
            page.locator("#ap-finalize").click();
            page.locator("vaadin-confirm-dialog-overlay")
                    .getByText("Chốt kết quả của đơn vị", new Locator.GetByTextOptions().setExact(true))
                    .click();
            assertThat(page.locator("#ap-status")).containsText("Đã chốt");
            assertThat(page.locator("#ap-totals")).containsText("cuối cùng 100,00");
            selectItem(page, "1.1.1");
            assertThat(page.locator("#ap-timeline")).containsText("Giải trình");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("appraisal-final-hoidong1.png")));
        }
    }

    private void signIn(Page page, String username) {
        page.navigate(url("login"));
        page.locator("#vaadinLoginUsername input").fill(username);
        page.locator("#vaadinLoginPassword input").fill(SignIn.DEMO_PASSWORD);
        page.locator("#vaadinLoginPassword input").press("Enter");
        page.locator("#home-view").waitFor();
    }

    /** Clicks an item in the tree until the item panel shows it (a click racing a reload is lost). */
    private static void selectItem(Page page, String code) {
        Locator cell = page.locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(code + " Thành phần " + code))
                .locator("visible=true")
                .first();
        for (int attempt = 0; attempt < 5; attempt++) {
            cell.click();
            page.waitForLoadState(LoadState.NETWORKIDLE);
            if (page.locator("#ap-item h3")
                            .filter(new Locator.FilterOptions().setHasText(code + " "))
                            .count()
                    > 0) {
                return;
            }
        }
        assertThat(page.locator("#ap-item h3")).containsText(code);
    }
}
