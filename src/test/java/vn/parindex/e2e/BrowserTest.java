package vn.parindex.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.parindex.support.PortalIntegrationTest;

/**
 * Base of the end-to-end tests: one headless Chromium per test class against the running portal,
 * sessions at 1366x768 in Vietnamese, generous timeouts for Vaadin's development mode.
 */
@PortalIntegrationTest
abstract class BrowserTest {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        playwright = Browsers.playwright();
        browser = Browsers.chromium(playwright);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    static BrowserContext newSession() {
        BrowserContext session = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(1366, 768).setLocale("vi-VN"));
        session.setDefaultTimeout(20_000);
        return session;
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }
}
