package vn.parindex.e2e;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The README's screenshots, taken by the journeys at the moments worth showing. Only when the run asks
 * for them ({@code -Dparindex.screenshots.dir=docs/images}, see the README); otherwise nothing is
 * written, so the ordinary test run never changes the committed images.
 */
final class Screenshots {

    static final String DIRECTORY_PROPERTY = "parindex.screenshots.dir";

    private Screenshots() {}

    /** A wider window than the journeys' 1366x768: the app layout scrolls inside, so this is what shows. */
    static final int WIDTH = 1440;

    static final int HEIGHT = 900;

    /**
     * Saves the page as {@code <name>.png} in the requested folder, when one was requested, in a
     * {@value #WIDTH}x{@value #HEIGHT} window (restored afterwards, so the journey goes on as before).
     */
    static void take(Page page, String name) {
        String directory = System.getProperty(DIRECTORY_PROPERTY);
        if (directory == null || directory.isBlank()) {
            return;
        }
        Path folder = Path.of(directory);
        if (!folder.isAbsolute()) {
            // failsafe runs in the project folder; keep a relative folder relative to it
            folder = Path.of(System.getProperty("user.dir")).resolve(folder);
        }
        try {
            Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot create the screenshot folder " + folder, e);
        }
        com.microsoft.playwright.options.ViewportSize before = page.viewportSize();
        page.setViewportSize(WIDTH, HEIGHT);
        try {
            page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
            // let the grids lay out their columns for the wider window
            page.waitForTimeout(500);
            page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve(name + ".png")));
        } finally {
            if (before != null) {
                page.setViewportSize(before.width, before.height);
            }
        }
    }
}
