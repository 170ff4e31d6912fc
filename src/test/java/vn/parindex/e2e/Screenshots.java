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

    /** Saves the page as {@code <name>.png} in the requested folder, when one was requested. */
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
        page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve(name + ".png")));
    }
}
