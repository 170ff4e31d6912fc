package vn.parindex.shell.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.parindex.notification.NotificationFixtures.person;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.parindex.notification.NotificationFixtures.Person;
import vn.parindex.security.PasswordResets;
import vn.parindex.security.Role;
import vn.parindex.shared.Locales;
import vn.parindex.support.KaribuTest;
import vn.parindex.support.TestMailServer;

/** The login page offers the link, the request page answers the same to all, the link's page sets the password. */
class PasswordResetUiTest extends KaribuTest {

    private static final Pattern TOKEN = Pattern.compile("reset-password\\?token=([A-Za-z0-9_-]{43})");

    @Test
    void theLoginPageOffersAForgottenPasswordLinkValidForThirtyMinutes() {
        openAnonymous();
        UI.getCurrent().navigate("login");
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isForgotPasswordButtonVisible()).isTrue();
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n"))).contains("Quên mật khẩu?");
        assertThat(_get(Paragraph.class, spec -> spec.withId("login-help")).getText())
                .contains("liên kết đặt mật khẩu mới, dùng được trong 30 phút");
        assertThat(_find(Paragraph.class, spec -> spec.withId("login-password-reset-done")))
                .as("shown only after a reset")
                .isEmpty();
    }

    @Test
    void theRequestPageAnswersTheSameWhateverIsTyped() {
        Person person = person(context, Role.LEADER, null, true, Locales.VIETNAMESE);
        String unknownAnswer = answerFor("nobody-" + UUID.randomUUID());
        String knownAnswer = answerFor(person.username());
        assertThat(knownAnswer).isEqualTo(unknownAnswer).contains("trong 30 phút");
        assertThat(TestMailServer.awaitMailsTo(person.email(), 1)).hasSize(1);

        openAnonymous();
        UI.getCurrent().navigate(ForgotPasswordView.class);
        _click(_get(Button.class, spec -> spec.withId("forgot-send")));
        TextField identifier = _get(TextField.class, spec -> spec.withId("forgot-identifier"));
        assertThat(identifier.isInvalid()).isTrue();
        assertThat(_find(Paragraph.class, spec -> spec.withId("forgot-answer"))).isEmpty();
    }

    @Test
    void theLinksPageSetsThePasswordOnceInTheAccountsLanguage() {
        Person person = person(context, Role.LEADER, null, true, Locales.ENGLISH);
        answerFor(person.email());
        String token = token(TestMailServer.body(
                TestMailServer.awaitMailsTo(person.email(), 1).get(0)));

        openAnonymous();
        UI.getCurrent().navigate("reset-password", QueryParameters.of(PasswordResets.TOKEN_PARAMETER, token));
        assertThat(_get(Paragraph.class, spec -> spec.withId("reset-account")).getText())
                .isEqualTo("Account: " + person.username());
        _setValue(_get(PasswordField.class, spec -> spec.withId("reset-password")), "short");
        _setValue(_get(PasswordField.class, spec -> spec.withId("reset-repeat")), "short");
        _click(_get(Button.class, spec -> spec.withId("reset-save")));
        PasswordField password = _get(PasswordField.class, spec -> spec.withId("reset-password"));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("The password must have at least 10 characters");

        _setValue(password, "A-new-password-2025");
        _setValue(_get(PasswordField.class, spec -> spec.withId("reset-repeat")), "A-new-password-2025");
        _click(_get(Button.class, spec -> spec.withId("reset-save")));
        assertThat(_find(LoginView.class)).hasSize(1);
        assertThat(_get(Paragraph.class, spec -> spec.withId("login-password-reset-done"))
                        .isVisible())
                .isTrue();

        openAnonymous();
        UI.getCurrent().navigate("reset-password", QueryParameters.of(PasswordResets.TOKEN_PARAMETER, token));
        assertThat(_get(Paragraph.class, spec -> spec.withId("reset-invalid")).getText())
                .contains("Liên kết đặt lại mật khẩu không hợp lệ");
    }

    private String answerFor(String typed) {
        openAnonymous();
        UI.getCurrent().navigate(ForgotPasswordView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("forgot-identifier")), typed);
        _click(_get(Button.class, spec -> spec.withId("forgot-send")));
        return _get(Paragraph.class, spec -> spec.withId("forgot-answer")).getText();
    }

    private static String token(String body) {
        Matcher matcher = TOKEN.matcher(body);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
