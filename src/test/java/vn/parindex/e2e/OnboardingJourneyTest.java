package vn.parindex.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.FilePayload;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import vn.parindex.Application;
import vn.parindex.organization.UnitImport;
import vn.parindex.security.UserImport;
import vn.parindex.support.Xlsx;

/**
 * A real province from nothing, in the production configuration: a second portal in this JVM on an
 * empty embedded MariaDB of its own, without demo data. The administrator signs in with the one-time
 * password, is made to change it, defines the province and two blocks, imports 30 units (the first
 * file has a bad row, fixed and uploaded again) and 35 users; the imported secretariat user sets
 * their password, creates the first period from the shipped sets and opens it for self-assessment;
 * a focal point sets their password and sees their unit's sheet.
 */
class OnboardingJourneyTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots", "onboarding");
    private static final String ADMIN_ONE_TIME =
            "Mot-lan-" + UUID.randomUUID().toString().substring(0, 8);
    private static ConfigurableApplicationContext portal;
    /**
     * Spring Security keeps its context-holder strategy in a static field, and the second portal's
     * start replaces it with its own instance; the shared test context's method security keeps using
     * the first one, so it is put back when the second portal stops (otherwise later tests' sign-ins
     * land where the shared context does not look).
     */
    private static SecurityContextHolderStrategy sharedStrategy;

    private static Playwright playwright;
    private static Browser browser;
    private static int port;

    @BeforeAll
    static void startAnEmptyPortal() throws Exception {
        sharedStrategy = SecurityContextHolder.getContextHolderStrategy();
        Path data = Files.createTempDirectory("parindex-onboarding-db");
        // Command-line arguments: they win over application.properties (default properties would not).
        portal = new SpringApplicationBuilder(Application.class)
                .run(
                        "--server.port=0",
                        "--parindex.demo.enabled=false",
                        "--parindex.embedded-db.data-dir=" + data.resolve("mariadb"),
                        "--parindex.embedded-db.delete-data-on-stop=true",
                        "--parindex.initial-admin.password=" + ADMIN_ONE_TIME,
                        "--parindex.notifications.reminder-cron=-",
                        "--parindex.notifications.mail-retry-cron=-",
                        "--spring.jmx.enabled=false",
                        "--vaadin.launch-browser=false",
                        "--vaadin.devmode.liveReload.enabled=false",
                        "--vaadin.devmode.devTools.enabled=false");
        port = ((WebServerApplicationContext) portal).getWebServer().getPort();
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        playwright = Browsers.playwright();
        browser = Browsers.chromium(playwright);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (portal != null) {
            portal.close();
        }
        if (sharedStrategy != null) {
            SecurityContextHolder.setContextHolderStrategy(sharedStrategy);
        }
    }

    @Test
    void aProvinceIsSetUpFromAnEmptyDatabase() throws Exception {
        Map<String, String> passwords;
        try (BrowserContext session = newSession()) {
            Page page = session.newPage();
            signIn(page, "admin", ADMIN_ONE_TIME);
            page.locator("#forced-password-panel").waitFor();
            setOwnPassword(page, ADMIN_ONE_TIME, "Quan-tri-2026-rieng");
            // With no province, the administrator's home is the setup.
            page.locator("#setup-view").waitFor();
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("setup-empty.png")));
            page.locator("#setup-province-code input").fill("HP");
            page.locator("#setup-province-name-vi input").fill("Thành phố Hải Phòng");
            page.locator("#setup-province-name-en input").fill("Hai Phong City");
            page.locator("#setup-agency-vi input").fill("Sở Nội vụ Hải Phòng");
            page.locator("#setup-agency-en input").fill("Hai Phong Department of Home Affairs");
            page.locator("#setup-province-save").click();
            assertThat(page.locator("vaadin-notification-card").first()).containsText("Đã lưu thông tin tỉnh");
            addBlock(page, "SO", "Khối sở, ban, ngành", "Departments");
            addBlock(page, "XA", "Khối UBND cấp xã", "Commune-level People's Committees");
            assertThat(page.locator("#setup-blocks")).containsText("Khối UBND cấp xã");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("setup-blocks.png")));

            page.navigate(url("admin/units/import"));
            List<List<String>> units = units();
            List<List<String>> withBadRow = new ArrayList<>(units);
            withBadRow.set(7, List.of("X07", "", "Commune 7", "Xã 7", "NO_BLOCK", "", "", "", "có", "", "", ""));
            upload(page, "#unit-import-upload", Xlsx.of(UnitImport.COLUMNS, withBadRow));
            assertThat(page.locator("#unit-import-problems")).containsText("Không có khối mã NO_BLOCK");
            assertThat(page.locator("#unit-import-problems")).containsText("Thiếu giá trị bắt buộc");
            assertThat(page.locator("#unit-import-commit")).isDisabled();
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("units-problems.png")));
            upload(page, "#unit-import-upload", Xlsx.of(UnitImport.COLUMNS, units));
            assertThat(page.locator("#unit-import-summary")).containsText("sẽ thêm 30");
            page.locator("#unit-import-commit").click();
            assertThat(page.locator("#unit-import-summary")).containsText("Đã nhập 30 dòng");

            page.navigate(url("admin/users/import"));
            upload(page, "#user-import-upload", Xlsx.of(UserImport.COLUMNS, users()));
            assertThat(page.locator("#user-import-summary")).containsText("sẽ thêm 35");
            page.locator("#user-import-commit").click();
            Locator download = page.locator("#user-import-passwords-download");
            download.waitFor(new Locator.WaitForOptions().setTimeout(120_000));
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("users-imported.png")));
            Download file = page.waitForDownload(() -> download.click());
            passwords = passwords(Files.readAllBytes(file.path()));
            assertThat(passwords).hasSize(35);
            assertThat(page.locator("#user-import-summary")).containsText("Đã nhập 35 dòng");
        }

        try (BrowserContext session = newSession()) {
            Page page = session.newPage();
            signIn(page, "thuky", passwords.get("thuky"));
            page.locator("#forced-password-panel").waitFor();
            page.navigate(url("periods"));
            assertThat(page.locator("#forced-password-panel")).isVisible();
            setOwnPassword(page, passwords.get("thuky"), "Thu-ky-2026-rieng");
            page.locator("#home-view").waitFor();
            assertThat(page.locator(".portal-drawer-footer")).containsText("Sở Nội vụ Hải Phòng");

            page.navigate(url("periods"));
            page.locator("#new-period").click();
            page.locator("#new-period-year input").fill("2026");
            page.locator("#new-period-year input").press("Tab");
            assertThat(page.locator("#new-period-first-help")).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("first-period.png")));
            page.locator("#create-period").click();
            assertThat(page.locator("#period-title")).containsText("2026");
            page.locator("#advance-phase").click();
            assertThat(page.locator("#phase-stepper .current")).hasText("Tự đánh giá");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("first-period-open.png")));
        }

        try (BrowserContext session = newSession()) {
            Page page = session.newPage();
            signIn(page, "daumoi01", passwords.get("daumoi01"));
            page.locator("#forced-password-panel").waitFor();
            setOwnPassword(page, passwords.get("daumoi01"), "Dau-moi-2026-rieng");
            page.locator("#home-view").waitFor();
            page.navigate(url("self-assessment"));
            assertThat(page.locator("#sa-progress")).containsText("Đã chấm 0/");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("focal-point-sheet.png")));
        }
    }

    /** 10 departments and 20 communes, two of which replace the former units they merged. */
    private static List<List<String>> units() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            String code = String.format("S%02d", i);
            rows.add(List.of(
                    code,
                    "Sở số " + i,
                    "Department " + i,
                    "Sở " + i,
                    "SO",
                    "Giám đốc " + i,
                    "Giám đốc Sở",
                    "Director",
                    "có",
                    "không",
                    "2025-07-01",
                    ""));
        }
        for (int i = 1; i <= 20; i++) {
            String code = String.format("X%02d", i);
            rows.add(List.of(
                    code,
                    "UBND xã số " + i,
                    "Commune " + i,
                    "Xã " + i,
                    "XA",
                    "Chủ tịch " + i,
                    "Chủ tịch UBND xã",
                    "Chairperson",
                    "có",
                    "không",
                    "2025-07-01",
                    ""));
        }
        return rows;
    }

    /** The secretariat, 30 focal points (one per unit), three council members and a leader. */
    private static List<List<String>> users() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("thuky", "Thư ký Hội đồng", "thuky@haiphong.gov.vn", "S01", "SECRETARIAT"));
        for (int i = 1; i <= 30; i++) {
            String unit = i <= 10 ? String.format("S%02d", i) : String.format("X%02d", i - 10);
            rows.add(List.of(String.format("daumoi%02d", i), "Đầu mối " + i, "", unit, "FOCAL_POINT"));
        }
        for (int i = 1; i <= 3; i++) {
            rows.add(List.of("hoidong" + i, "Thành viên Hội đồng " + i, "", "", "COUNCIL_MEMBER"));
        }
        rows.add(List.of("lanhdao", "Lãnh đạo thành phố", "", "", "LEADER"));
        return rows;
    }

    private static Map<String, String> passwords(byte[] xlsx) throws Exception {
        Map<String, String> passwords = new HashMap<>();
        DataFormatter text = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    passwords.put(text.formatCellValue(row.getCell(0)), text.formatCellValue(row.getCell(3)));
                }
            }
        }
        return passwords;
    }

    private static void addBlock(Page page, String code, String nameVi, String nameEn) {
        page.locator("#setup-block-code input").fill(code);
        page.locator("#setup-block-name-vi input").fill(nameVi);
        page.locator("#setup-block-name-en input").fill(nameEn);
        page.locator("#setup-block-add").click();
        assertThat(page.locator("#setup-blocks")).containsText(nameVi);
    }

    private static void upload(Page page, String upload, byte[] file) {
        page.locator(upload + " input[type=file]")
                .setInputFiles(new FilePayload(
                        "file-" + UUID.randomUUID() + ".xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        file));
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
    }

    private static void setOwnPassword(Page page, String oneTime, String own) {
        page.locator("#forced-current input").fill(oneTime);
        page.locator("#forced-new input").fill(own);
        page.locator("#forced-repeat input").fill(own);
        page.locator("#forced-save").click();
    }

    private static void signIn(Page page, String username, String password) {
        page.navigate(url("login"));
        page.locator("#vaadinLoginUsername input").fill(username);
        page.locator("#vaadinLoginPassword input").fill(password);
        page.locator("#vaadinLoginPassword input").press("Enter");
        page.waitForLoadState();
    }

    private static BrowserContext newSession() {
        BrowserContext session = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1366, 768)
                .setLocale("vi-VN")
                .setAcceptDownloads(true));
        session.setDefaultTimeout(30_000);
        return session;
    }

    private static String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }
}
