package vn.parindex.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Local look at the explain screens on a running portal (not committed). */
class ExplainScreens {

    static final String BASE = "http://localhost:8080/";

    @Test
    void shots() {
        try (Playwright playwright = Browsers.playwright();
                Browser browser = Browsers.chromium(playwright)) {
            shoot(browser, "noivu", "vi", System.getProperty("unitUrl"), "unit-noivu-vi");
            shoot(browser, "lanhdao", "en", System.getProperty("unitUrl2"), "unit-lanhdao-en");
            shoot(browser, "gtvt", "vi", System.getProperty("unitUrl"), "unit-gtvt-vi");
            shoot(browser, "gtvt", "vi", System.getProperty("unitUrl2"), "unit-gtvt-other");
            shoot(browser, "hoidong1", "vi", "ranking/what-if", "whatif-hoidong1-vi");
            shoot(browser, "noivu", "en", "ranking/what-if", "whatif-noivu-en");
            shoot(browser, "noivu", "vi", "ranking", "ranking-noivu-vi");
        }
    }

    private void shoot(Browser browser, String user, String language, String path, String name) {
        try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1500, 1100))) {
            Page page = context.newPage();
            page.navigate(BASE + "login");
            page.locator("#vaadinLoginUsername input").fill(user);
            page.locator("#vaadinLoginPassword input").fill("Demo@2024");
            page.locator("#vaadinLoginPassword input").press("Enter");
            page.locator("#home-view").waitFor();
            page.locator("#user-menu vaadin-menu-bar-button").first().click();
            page.locator("#menu-language").click();
            page.locator("#language-" + language).click();
            page.waitForTimeout(1500);
            page.navigate(BASE + path);
            page.waitForTimeout(3500);
            page.screenshot(new Page.ScreenshotOptions()
                    .setFullPage(true)
                    .setPath(Path.of("/tmp/explain-shots/" + name + ".png")));
        }
    }
}
