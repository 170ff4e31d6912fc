package vn.parindex.load;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A few real Chromium pages working beside the protocol-level users, to confirm that the pages still
 * render and save under the load: each signs in as its own focal point, and every 20 seconds opens
 * the sheet, selects an item, types a score, saves and waits for the confirmation.
 */
final class BrowsersAlongside {

    /** What the browsers saw: rounds done, rounds failed (with the first reasons) and the slowest round. */
    record Outcome(int browsers, int rounds, int failures, long slowestMillis, List<String> problems) {
        String summary() {
            return String.format(
                            "browsers=%d browser_rounds=%d browser_failures=%d browser_slowest_round_ms=%d",
                            browsers, rounds, failures, slowestMillis)
                    + (problems.isEmpty() ? "" : "\nBROWSER " + String.join("\nBROWSER ", problems));
        }
    }

    private final String base;
    private final String password;
    private final int firstUser;
    private final int count;
    private final SavedScores saved;
    private final Duration length;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final AtomicInteger rounds = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicInteger slowest = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
    private final List<Thread> threads = new ArrayList<>();

    BrowsersAlongside(String base, String password, int users, int count, SavedScores saved, Duration length) {
        this.base = base;
        this.password = password;
        this.firstUser = users + 1;
        this.count = count;
        this.saved = saved;
        this.length = length;
    }

    void start() {
        for (int index = 0; index < count; index++) {
            String username = String.format("load%04d", firstUser + index);
            Thread thread = new Thread(() -> run(username), "browser-" + username);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    Outcome stop() {
        stop.set(true);
        for (Thread thread : threads) {
            try {
                thread.join(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return new Outcome(
                count,
                rounds.get(),
                failures.get(),
                slowest.get(),
                problems.stream().limit(5).toList());
    }

    private void run(String username) {
        long end = System.nanoTime() + length.toNanos();
        try (Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            BrowserType.LaunchOptions options = new BrowserType.LaunchOptions()
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"));
            Path chromium = Path.of(System.getProperty("load.chromium", "/usr/bin/chromium"));
            if (Files.isExecutable(chromium)) {
                options.setExecutablePath(chromium);
            }
            Browser browser = playwright.chromium().launch(options);
            Page page = browser.newPage();
            page.setDefaultTimeout(15_000);
            page.navigate(base + "/login");
            page.locator("input[name=username]").fill(username);
            page.locator("input[name=password]").fill(password);
            page.locator("vaadin-button[slot=submit], button[type=submit]")
                    .first()
                    .click();
            page.waitForURL(base + "/");
            int round = 0;
            while (!stop.get() && System.nanoTime() < end) {
                String value = round++ % 2 == 0 ? "0,25" : "0,5";
                long started = System.nanoTime();
                try {
                    page.navigate(base + "/self-assessment");
                    Locator row = page.locator("#sa-tree")
                            .getByText("1.2.1", new Locator.GetByTextOptions().setExact(true))
                            .locator("visible=true");
                    row.click();
                    page.locator("#item-score input").fill(value);
                    page.locator("#item-score input").press("Tab");
                    page.locator("#sa-save").click();
                    PlaywrightAssertions.assertThat(
                                    page.getByText("Đã lưu 1 tiêu chí").first())
                            .isVisible();
                    saved.record(username, "1.2.1", value);
                    slowest.accumulateAndGet((int) ((System.nanoTime() - started) / 1_000_000), Math::max);
                } catch (RuntimeException | AssertionError e) {
                    failures.incrementAndGet();
                    problems.add(username + ": " + firstLine(e.getMessage()));
                    page.screenshot(
                            new Page.ScreenshotOptions().setPath(Path.of("target/load/browser-" + username + ".png")));
                }
                rounds.incrementAndGet();
                sleep(20_000);
            }
            browser.close();
        } catch (RuntimeException e) {
            failures.incrementAndGet();
            problems.add(username + ": " + firstLine(e.getMessage()));
        }
    }

    private void sleep(long millis) {
        long until = System.currentTimeMillis() + millis;
        while (!stop.get() && System.currentTimeMillis() < until) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "?";
        }
        String flat = message.replaceAll("\\s+", " ").strip();
        return flat.length() > 300 ? flat.substring(0, 300) : flat;
    }
}
