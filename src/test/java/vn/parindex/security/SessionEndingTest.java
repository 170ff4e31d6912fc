package vn.parindex.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.parindex.support.Accounts;
import vn.parindex.support.PortalHttpClient;
import vn.parindex.support.PortalIntegrationTest;
import vn.parindex.support.SignIn;

/**
 * Over real HTTP against the running server: a user signed in through the login form loses their
 * session at the next request once the administrator disables the account, resets its password or
 * changes its roles or unit. The stamp is read from the database, so this holds on every node.
 */
@PortalIntegrationTest
class SessionEndingTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    UserAdministration administration;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void disablingAnAccountEndsItsOpenSession() {
        assertSessionEndsAfter((id, user) -> administration.setEnabled(id, false));
    }

    @Test
    void resettingThePasswordEndsTheOpenSession() {
        assertSessionEndsAfter((id, user) -> administration.resetPassword(id, "Brand-new-pass-2025"));
    }

    @Test
    void changingRolesEndsTheOpenSession() {
        assertSessionEndsAfter((id, user) -> administration.update(
                id,
                user.version(),
                new UserDraft(
                        user.username(), user.fullName(), user.email(), null, EnumSet.of(Role.COUNCIL_MEMBER), null)));
    }

    @Test
    void changingTheUnitEndsTheOpenSession() {
        SignIn.as(context, "admin");
        long otherUnit = context.getBean(vn.parindex.organization.OrganizationDirectory.class).units().stream()
                .filter(unit -> unit.code().equals("SYT"))
                .findFirst()
                .orElseThrow()
                .id();
        SignIn.out();
        assertSessionEndsAfter((id, user) -> administration.update(
                id,
                user.version(),
                new UserDraft(user.username(), user.fullName(), user.email(), otherUnit, user.roles(), null)));
    }

    @Test
    void changingOnlyTheNameKeepsTheSession() {
        String username = Accounts.create(context, Role.LEADER, null);
        PortalHttpClient browser = new PortalHttpClient(port);
        assertThat(browser.signIn(username, Accounts.PASSWORD)).isTrue();
        assertThat(browser.opens("/")).isTrue();

        SignIn.as(context, "admin");
        UserSummary user = find(username);
        administration.update(
                user.id(),
                user.version(),
                new UserDraft(user.username(), "Tên mới", user.email(), user.unitId(), user.roles(), null));
        SignIn.out();

        assertThat(browser.opens("/")).isTrue();
    }

    private void assertSessionEndsAfter(BiConsumer<Long, UserSummary> change) {
        String username = Accounts.create(context, Role.LEADER, null);
        PortalHttpClient browser = new PortalHttpClient(port);
        PortalHttpClient anonymous = new PortalHttpClient(port);
        assertThat(anonymous.opens("/")).as("anonymous").isFalse();
        assertThat(browser.signIn(username, Accounts.PASSWORD)).isTrue();
        assertThat(browser.opens("/")).as("signed in").isTrue();
        assertThat(browser.opens("/")).as("still signed in").isTrue();

        SignIn.as(context, "admin");
        UserSummary user = find(username);
        change.accept(user.id(), user);
        SignIn.out();

        assertThat(browser.opens("/")).as("after the change").isFalse();
        assertThat(browser.opens("/")).as("and later").isFalse();
    }

    private UserSummary find(String username) {
        return administration.users().stream()
                .filter(user -> user.username().equals(username))
                .findFirst()
                .orElseThrow();
    }
}
