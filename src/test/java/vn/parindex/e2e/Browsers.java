package vn.parindex.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Starts headless Chromium for the end-to-end tests: Debian's {@code /usr/bin/chromium} (or the
 * path in {@code CHROMIUM_PATH}) when present, otherwise the browser Playwright fetches for itself.
 */
final class Browsers {

    private static final List<String> ARGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-quic",
            "--no-first-run");

    private Browsers() {}

    static Playwright playwright() {
        boolean systemChromium = systemChromium() != null;
        return Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", systemChromium ? "1" : "0")));
    }

    static Browser chromium(Playwright playwright) {
        BrowserType.LaunchOptions options =
                new BrowserType.LaunchOptions().setHeadless(true).setArgs(ARGS);
        Path executable = systemChromium();
        if (executable != null) {
            options.setExecutablePath(executable);
        }
        try {
            return playwright.chromium().launch(options);
        } catch (RuntimeException e) {
            throw new IllegalStateException("""
                    Cannot start Chromium for the browser tests. Install it with \
                    'sudo apt-get install -y chromium' (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium \
                    or Chrome executable, or let Playwright download its own browser \
                    ('mvn exec:java -e -Dexec.mainClass=com.microsoft.playwright.CLI -Dexec.args="install chromium"').""", e);
        }
    }

    private static Path systemChromium() {
        String configured = System.getenv("CHROMIUM_PATH");
        for (String candidate : new String[] {configured, "/usr/bin/chromium", "/usr/bin/chromium-browser"}) {
            if (candidate != null && !candidate.isBlank() && Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        return null;
    }
}
