package vn.parindex.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.parindex.appraisal.AppraisalFixtures;
import vn.parindex.appraisal.AppraisalSheet;
import vn.parindex.appraisal.Appraisals;
import vn.parindex.appraisal.AppraisedChange;
import vn.parindex.appraisal.QuestionDraft;
import vn.parindex.assessment.AssessmentFixtures;
import vn.parindex.assessment.OwnPeriods;
import vn.parindex.assessment.SelfAssessments;
import vn.parindex.assessment.Sheet;
import vn.parindex.period.PeriodAdministration;
import vn.parindex.period.PeriodDirectory;
import vn.parindex.period.Phase;
import vn.parindex.security.AccountService;
import vn.parindex.support.SignIn;

/**
 * The appraisal screens in both languages, as noivu, hoidong1 and namsach: the survey import, the
 * vote, the consistency view, the queue, the explanations and the sheet with the council's question
 * (in a period of its own, 2038, in EXPLANATION). Every page is translated (no missing key shown) and
 * writes numbers the language's way; screenshots go to target/screenshots.
 */
class AppraisalScreensJourneyTest extends BrowserTest {

    private static final int YEAR = 2038;

    @Autowired
    ApplicationContext context;

    private Long periodId;

    @AfterEach
    void putAway() {
        for (String user : List.of("noivu", "hoidong1", "namsach")) {
            language(user, Locale.forLanguageTag("vi"));
        }
        if (periodId != null && AppraisalFixtures.phase(context, periodId) == Phase.EXPLANATION) {
            AppraisalFixtures.advance(context, periodId);
        }
        AppraisalFixtures.readNotificationsOf(context, "hoidong1", "namsach");
    }

    @Test
    void appraisalPagesAreTranslatedInVietnameseAndEnglish() {
        questionInExplanation();
        Map<String, List<String>> pages = Map.of(
                "noivu", List.of("appraisal/survey", "appraisal/vote", "appraisal/consistency"),
                "hoidong1", List.of("", "appraisal", "appraisal/vote"),
                "namsach", List.of("", "explanations?period=" + periodId, "self-assessment?period=" + periodId));
        for (String language : List.of("vi", "en")) {
            for (Map.Entry<String, List<String>> entry : pages.entrySet()) {
                String user = entry.getKey();
                language(user, Locale.forLanguageTag(language));
                try (BrowserContext session = newSession()) {
                    Page page = session.newPage();
                    signIn(page, user);
                    for (String path : entry.getValue()) {
                        page.navigate(url(path));
                        page.waitForLoadState(LoadState.NETWORKIDLE);
                        page.locator("vaadin-app-layout").waitFor();
                        if (path.startsWith("self-assessment")) {
                            page.locator("#sa-questions").waitFor();
                            page.locator("vaadin-grid-cell-content")
                                    .filter(new com.microsoft.playwright.Locator.FilterOptions()
                                            .setHasText(
                                                    language.equals("vi") ? "cần giải trình" : "explanation requested"))
                                    .first()
                                    .click();
                            assertThat(page.locator("#item-question")).isVisible();
                        }
                        String name = "screen-" + language + "-" + user + "-"
                                + (path.isEmpty() ? "home" : path.replaceAll("[^a-z]+", "-")) + ".png";
                        page.screenshot(new Page.ScreenshotOptions()
                                .setPath(SCREENSHOTS.resolve(name))
                                .setFullPage(true));
                        String text = page.locator("body").innerText();
                        assertThat(text).as(name).doesNotContain("!{");
                        if (path.startsWith("self-assessment")) {
                            assertThat(text)
                                    .as(name)
                                    .contains(language.equals("vi") ? "Tổng điểm tự chấm: 100,00" : "100.00");
                        }
                    }
                }
            }
        }
    }

    /** Nam Sach's sheet of 2038 submitted, appraised by hoidong1 with a question, the period in EXPLANATION. */
    private void questionInExplanation() {
        AppraisalFixtures.guard(context);
        OwnPeriods.open(context, YEAR);
        periodId = AppraisalFixtures.periodId(context, YEAR);
        long namSach = AssessmentFixtures.unit(context, "HNS").id();
        SelfAssessments assessments = context.getBean(SelfAssessments.class);
        SignIn.as(context, "namsach");
        Sheet sheet = assessments.sheet(periodId, namSach);
        assessments.save(sheet.assessmentId(), AssessmentFixtures.fullMarks(sheet));
        assessments.submit(
                sheet.assessmentId(), assessments.sheet(periodId, namSach).version());
        AppraisalFixtures.assign(context, periodId, "HNS", "hoidong1", null);
        AppraisalFixtures.advance(context, periodId);
        SignIn.as(context, "hoidong1");
        Appraisals appraisals = context.getBean(Appraisals.class);
        AppraisalSheet appraisal = appraisals.sheet(periodId, namSach);
        long item = appraisal.rules().values().stream()
                .filter(rule -> rule.code().equals("1.1.1"))
                .findFirst()
                .orElseThrow()
                .nodeId();
        appraisals.save(
                appraisal.appraisalId(),
                List.of(new AppraisedChange(item, 0, new BigDecimal("15.5"), "Thiếu báo cáo quý IV", true)));
        appraisal = appraisals.sheet(periodId, namSach);
        appraisals.requestExplanations(
                appraisal.appraisalId(),
                List.of(new QuestionDraft(
                        item, appraisal.line(item).version(), "Đề nghị cung cấp báo cáo quý IV năm " + YEAR)));
        SignIn.as(context, "noivu");
        PeriodDirectory periods = context.getBean(PeriodDirectory.class);
        Map<Phase, LocalDate> deadlines = new EnumMap<>(Phase.class);
        deadlines.putAll(periods.period(periodId).deadlines());
        deadlines.put(Phase.EXPLANATION, LocalDate.now().plusDays(10));
        context.getBean(PeriodAdministration.class)
                .setDeadlines(periodId, periods.period(periodId).version(), deadlines);
        AppraisalFixtures.advance(context, periodId);
        SignIn.out();
    }

    private void language(String user, Locale locale) {
        SignIn.as(context, user);
        context.getBean(AccountService.class).changeLanguage(locale);
        SignIn.out();
    }

    private void signIn(Page page, String username) {
        page.navigate(url("login"));
        page.locator("#vaadinLoginUsername input").fill(username);
        page.locator("#vaadinLoginPassword input").fill(SignIn.DEMO_PASSWORD);
        page.locator("#vaadinLoginPassword input").press("Enter");
        page.locator("#home-view").waitFor();
    }
}
