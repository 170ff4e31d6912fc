package vn.parindex.shell.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parindex.audit.AuditEntry;
import vn.parindex.audit.AuditTrail;
import vn.parindex.security.AccountService;
import vn.parindex.security.Role;
import vn.parindex.security.UserAdministration;
import vn.parindex.security.UserDraft;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.support.KaribuTest;
import vn.parindex.support.RunAsAdmin;
import vn.parindex.support.SignIn;

/**
 * A password someone else chose (a new account's, an administrator's reset) is one-time: its owner
 * is sent to the password change from every route until they set their own.
 */
class ForcedPasswordChangeUiTest extends KaribuTest {

    private static final String ONE_TIME = "Cap-moi-2026-xyz";
    private static final String OWN = "Cua-toi-2026-abc";

    @Autowired
    UserAdministration administration;

    @Autowired
    AccountService accounts;

    @Autowired
    AuditTrail auditTrail;

    @Test
    void aNewUserSeesOnlyThePasswordChangeUntilTheySetTheirOwn() {
        String username = newUser();
        SignIn.as(context, username, ONE_TIME);
        assertThat(accounts.mustChangePassword()).isTrue();
        openAsSignedIn();
        for (String route : new String[] {"", "notifications", "periods", "criteria"}) {
            UI.getCurrent().navigate(route);
            assertThat(_find(ChangePasswordView.class)).as("/" + route).hasSize(1);
            assertThat(_find(HomeView.class)).isEmpty();
        }

        _setValue(_get(PasswordField.class, spec -> spec.withId("forced-current")), "wrong-password-1");
        _setValue(_get(PasswordField.class, spec -> spec.withId("forced-new")), OWN);
        _setValue(_get(PasswordField.class, spec -> spec.withId("forced-repeat")), OWN);
        _click(_get(Button.class, spec -> spec.withId("forced-save")));
        assertThat(_get(PasswordField.class, spec -> spec.withId("forced-current"))
                        .isInvalid())
                .isTrue();
        assertThat(_find(ChangePasswordView.class)).hasSize(1);

        _setValue(_get(PasswordField.class, spec -> spec.withId("forced-current")), ONE_TIME);
        _setValue(_get(PasswordField.class, spec -> spec.withId("forced-new")), ONE_TIME);
        _setValue(_get(PasswordField.class, spec -> spec.withId("forced-repeat")), ONE_TIME);
        _click(_get(Button.class, spec -> spec.withId("forced-save")));
        assertThat(_get(PasswordField.class, spec -> spec.withId("forced-new")).isInvalid())
                .as("the one-time password cannot be kept")
                .isTrue();

        _setValue(_get(PasswordField.class, spec -> spec.withId("forced-current")), ONE_TIME);
        _setValue(_get(PasswordField.class, spec -> spec.withId("forced-new")), OWN);
        _setValue(_get(PasswordField.class, spec -> spec.withId("forced-repeat")), OWN);
        _click(_get(Button.class, spec -> spec.withId("forced-save")));
        assertThat(_find(HomeView.class)).hasSize(1);
        assertThat(accounts.mustChangePassword()).isFalse();
        UI.getCurrent().navigate("notifications");
        assertThat(_find(ChangePasswordView.class)).isEmpty();

        long id = idOf(username);
        assertThat(RunAsAdmin.get(context, () -> auditTrail.latest("USER", String.valueOf(id), 5)))
                .extracting(AuditEntry::action, AuditEntry::oldValue)
                .contains(org.assertj.core.groups.Tuple.tuple("PASSWORD_CHANGED", "one-time"));
    }

    @Test
    void anAdministratorsResetIsOneTimeTooButTheOwnersChangeIsNot() {
        String username = newUser();
        long id = idOf(username);
        SignIn.as(context, username, ONE_TIME);
        accounts.changeOwnPassword(ONE_TIME, OWN);
        assertThat(accounts.mustChangePassword()).isFalse();

        RunAsAdmin.run(context, () -> administration.resetPassword(id, "Reset-by-admin-77"));
        SignIn.as(context, username, "Reset-by-admin-77");
        assertThat(accounts.mustChangePassword()).isTrue();
        openAsSignedIn();
        UI.getCurrent().navigate("");
        assertThat(_find(ChangePasswordView.class)).hasSize(1);
    }

    @Test
    void theDemoAccountsAndTheirPresetPasswordsAreNotOneTime() {
        openAs("noivu");
        UI.getCurrent().navigate("");
        assertThat(_find(HomeView.class)).hasSize(1);
        assertThat(accounts.mustChangePassword()).isFalse();
        assertThatThrownBy(() -> accounts.changeOwnPassword("not-the-password", OWN))
                .isInstanceOf(BusinessRuleException.class);
    }

    private String newUser() {
        String username = "ot" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        RunAsAdmin.run(
                context,
                () -> administration.create(new UserDraft(
                        username, "Người dùng mới " + username, null, null, EnumSet.of(Role.LEADER), ONE_TIME)));
        return username;
    }

    private long idOf(String username) {
        return RunAsAdmin.get(
                context,
                () -> administration.users().stream()
                        .filter(user -> user.username().equals(username))
                        .findFirst()
                        .orElseThrow()
                        .id());
    }
}
