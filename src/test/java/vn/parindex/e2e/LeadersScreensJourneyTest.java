package vn.parindex.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.security.AccountService;
import vn.parindex.support.SignIn;

/**
 * /leaders and /leaders/rules of the demo's approved 2023 classification, as noivu and lanhdao, in
 * Vietnamese and English: translated (no missing key), numbers the language's way, the leader reads
 * the rules without editing them; screenshots go to target/screenshots. Reads only.
 */
class LeadersScreensJourneyTest extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void putAway() {
        for (String user : List.of("noivu", "lanhdao")) {
            language(user, Locale.forLanguageTag("vi"));
        }
    }

    @Test
    void leaderPagesReadWellInBothLanguagesForTheSecretariatAndTheLeader() {
        long district = jdbc.queryForObject("select id from org_block where code = 'DISTRICT'", Long.class);
        List<String> paths =
                List.of("leaders?year=2023", "leaders?year=2023&block=" + district, "leaders/rules?year=2023");
        for (String language : List.of("vi", "en")) {
            for (String user : List.of("noivu", "lanhdao")) {
                language(user, Locale.forLanguageTag(language));
                try (BrowserContext session = newSession()) {
                    Page page = session.newPage();
                    signIn(page, user);
                    for (String path : paths) {
                        page.navigate(url(path));
                        page.waitForLoadState(LoadState.NETWORKIDLE);
                        page.locator(path.startsWith("leaders/rules") ? "#leader-rules-grid" : "#leaders-grid")
                                .waitFor();
                        String name =
                                "leaders-" + language + "-" + user + "-" + path.replaceAll("[^a-z0-9]+", "-") + ".png";
                        page.screenshot(new Page.ScreenshotOptions()
                                .setPath(SCREENSHOTS.resolve(name))
                                .setFullPage(true));
                        String text = page.locator("body").innerText();
                        assertThat(text).as(name).doesNotContain("!{");
                        if (path.startsWith("leaders/rules")) {
                            assertThat(page.locator("#leader-rules-save").isVisible())
                                    .as(name)
                                    .isEqualTo(user.equals("noivu"));
                        } else if (path.contains("block")) {
                            assertThat(text).as(name).contains("Hồ Ngọc Lâm");
                        } else {
                            assertThat(text).as(name).contains(language.equals("vi") ? "92,86" : "92.86");
                        }
                    }
                }
            }
        }
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
