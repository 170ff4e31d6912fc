package vn.parindex.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * The secretariat prepares next year: creates 2025 from 2024, changes a component's maximum, sees and
 * fixes the validation problem it causes, then opens self-assessment.
 */
class CriteriaJourneyTest extends BrowserTest {

    @Test
    void theSecretariatPreparesNextYearAndOpensSelfAssessment() {
        try (BrowserContext session = newSession()) {
            Page page = session.newPage();
            page.navigate(url("login"));
            page.locator("#vaadinLoginUsername input").fill("noivu");
            page.locator("#vaadinLoginPassword input").fill("Demo@2024");
            page.locator("#vaadinLoginPassword input").press("Enter");
            page.locator("#home-view").waitFor();

            page.navigate(url("periods"));
            page.locator("#new-period").click();
            page.locator("#new-period-year input").fill("2025");
            page.locator("#new-period-year input").press("Tab");
            page.locator("#create-period").click();
            assertThat(page.locator("#period-title")).containsText("2025");
            assertThat(page.locator("#phase-stepper .current")).hasText("Chuẩn bị");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("periods-2025.png")));

            page.navigate(url("criteria"));
            page.locator("#criteria-period").click();
            page.locator("vaadin-select-item[role=option]")
                    .filter(new Locator.FilterOptions().setHasText("2025"))
                    .click();
            assertThat(page.locator("#criteria-period")).containsText("2025");
            page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
            assertThat(page.locator("#criteria-valid")).isVisible();
            Locator component =
                    page.locator("#criteria-tree").getByText("1.1.1", new Locator.GetByTextOptions().setExact(true));
            selectNode(page, component);
            assertThat(page.locator("#node-max input")).hasValue("1,00");
            page.locator("#node-max input").fill("1,5");
            page.locator("#node-save").click();
            assertThat(page.locator("#criteria-problems")).containsText("1.1:");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("criteria-problem.png")));

            page.locator("#node-max input").fill("1");
            page.locator("#node-save").click();
            assertThat(page.locator("#criteria-valid")).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("criteria-valid.png")));

            page.navigate(url("periods"));
            page.locator("#periods-grid").getByText("2025").click();
            assertThat(page.locator("#period-title")).containsText("2025");
            page.locator("#advance-phase").click();
            assertThat(page.locator("#phase-stepper .current")).hasText("Tự đánh giá");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("periods-advanced.png")));
        }
    }

    /** Clicks a tree row until the editor shows it (a click racing a tree reload is lost). */
    private static void selectNode(Page page, Locator row) {
        for (int attempt = 0; attempt < 3; attempt++) {
            row.click();
            try {
                page.locator("#node-max input").waitFor(new Locator.WaitForOptions().setTimeout(5_000));
                return;
            } catch (com.microsoft.playwright.TimeoutError retry) {
                // the tree was being replaced; click the fresh row again
            }
        }
    }
}
