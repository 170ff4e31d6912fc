package vn.parindex.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.parindex.notification.Localized;
import vn.parindex.notification.Notice;
import vn.parindex.notification.NotificationFixtures;
import vn.parindex.notification.NotificationFixtures.Person;
import vn.parindex.notification.NotificationKind;
import vn.parindex.notification.Notifications;
import vn.parindex.security.Role;
import vn.parindex.shared.Locales;
import vn.parindex.support.SignIn;
import vn.parindex.support.TestMailServer;

/**
 * In the browser: a user who forgot their password asks for a link on the login page, opens the
 * link from the mail, sets a new password, signs in with it and finds a notification under the bell.
 */
class PasswordResetJourneyTest extends BrowserTest {

    private static final Pattern LINK =
            Pattern.compile("http://localhost:8080/(reset-password\\?token=[A-Za-z0-9_-]{43})");

    @Autowired
    ApplicationContext context;

    @Test
    void aForgottenPasswordIsResetThroughTheMailedLinkAndTheBellShowsWhatIsNew() {
        Person person = NotificationFixtures.person(context, Role.LEADER, null, true, Locales.VIETNAMESE);
        SignIn.as(context, "noivu");
        context.getBean(Notifications.class)
                .send(
                        new Notice(
                                NotificationKind.RESULTS_PUBLISHED,
                                1,
                                null,
                                "",
                                List.of(
                                        new Localized("Kỳ thử", "Test period"),
                                        new Localized("Khối thử", "Test block"))),
                        List.of(person.id()));
        SignIn.out();

        try (BrowserContext session = newSession()) {
            Page page = session.newPage();
            page.navigate(url("login"));
            assertThat(page.locator("#login-help")).containsText("dùng được trong 30 phút");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Quên mật khẩu?"))
                    .click();
            page.locator("#forgot-identifier input").fill(person.username());
            page.locator("#forgot-send").click();
            assertThat(page.locator("#forgot-answer")).containsText("dùng được một lần, trong 30 phút");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("forgot-password-answer.png")));

            // Two mails: the notification's copy and the link.
            String body = TestMailServer.awaitMailsTo(person.email(), 2).stream()
                    .filter(mail -> TestMailServer.subject(mail).endsWith("Đặt lại mật khẩu"))
                    .map(TestMailServer::body)
                    .findFirst()
                    .orElseThrow();
            Matcher link = LINK.matcher(body);
            assertThat(link.find()).as("a reset link in: " + body).isTrue();
            page.navigate(url(link.group(1)));
            assertThat(page.locator("#reset-account")).hasText("Tài khoản: " + person.username());
            assertThat(page).hasURL(Pattern.compile(".*/reset-password$"));
            page.locator("#reset-password input").fill("Mật-khẩu-mới-2025");
            page.locator("#reset-repeat input").fill("Mật-khẩu-mới-2025");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("reset-password.png")));
            page.locator("#reset-save").click();
            assertThat(page.locator("#login-password-reset-done")).isVisible();

            page.locator("#vaadinLoginUsername input").fill(person.username());
            page.locator("#vaadinLoginPassword input").fill("Mật-khẩu-mới-2025");
            page.locator("#vaadinLoginPassword input").press("Enter");
            page.locator("#home-view").waitFor();
            assertThat(page.locator("#notification-count")).hasText("1");
            assertThat(page.locator("#home-notifications")).containsText("Đã công bố kết quả Kỳ thử – Khối thử");
            page.locator("#notification-bell").click();
            assertThat(page.locator("#notification-list .portal-notification")).hasCount(1);
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("notification-bell.png")));
            page.locator("#notification-list .portal-notification").first().click();
            assertThat(page.locator("#notification-count")).isHidden();
        }
    }
}
