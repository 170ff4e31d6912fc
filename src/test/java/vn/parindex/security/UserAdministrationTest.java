package vn.parindex.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.parindex.audit.AuditEntry;
import vn.parindex.audit.AuditTrail;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.ConcurrentEditException;
import vn.parindex.support.Accounts;
import vn.parindex.support.PortalIntegrationTest;
import vn.parindex.support.SignIn;

@PortalIntegrationTest
class UserAdministrationTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    UserAdministration administration;

    @Autowired
    AccountService accounts;

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    OrganizationDirectory directory;

    @BeforeEach
    void signInAsAdmin() {
        SignIn.as(context, "admin");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void createsAUserWithRolesAndUnitAndAuditsIt() {
        long unitId = directory.units().get(0).id();
        String username = unique();
        long id = administration.create(new UserDraft(
                username,
                "Nguyễn Thị Đào",
                "dao@haiduong.gov.vn",
                unitId,
                EnumSet.of(Role.FOCAL_POINT, Role.COUNCIL_MEMBER),
                "Mật-khẩu-đủ-dài"));

        UserSummary created = administration.user(id);
        assertThat(created.fullName()).isEqualTo("Nguyễn Thị Đào");
        assertThat(created.roles()).containsExactlyInAnyOrder(Role.FOCAL_POINT, Role.COUNCIL_MEMBER);
        assertThat(created.unitId()).isEqualTo(unitId);
        AuditEntry audit = auditTrail.latest("USER", String.valueOf(id), 5).get(0);
        assertThat(audit.action()).isEqualTo("USER_CREATED");
        assertThat(audit.actor()).isEqualTo("admin");
        assertThat(audit.newValue()).contains(username).contains("FOCAL_POINT").doesNotContain("Mật-khẩu");

        SignIn.out();
        assertThat(SignIn.as(context, username, "Mật-khẩu-đủ-dài").isAuthenticated())
                .isTrue();
    }

    @Test
    void refusesBadAccountsAndSavesNothing() {
        int before = administration.users().size();
        assertRefused(draft("AB", Set.of(Role.LEADER), null, "long-enough-pass"), "user.username.pattern");
        assertRefused(draft("admin", Set.of(Role.LEADER), null, "long-enough-pass"), "user.username.taken");
        assertRefused(draft(unique(), Set.of(), null, "long-enough-pass"), "user.roles.required");
        assertRefused(
                draft(unique(), Set.of(Role.FOCAL_POINT), null, "long-enough-pass"), "user.unit.requiredForFocalPoint");
        assertRefused(draft(unique(), Set.of(Role.LEADER), null, "short"), "password.tooShort");
        String username = unique() + "abcdef";
        assertRefused(draft(username, Set.of(Role.LEADER), null, username), "password.sameAsUsername");
        assertThat(administration.users()).hasSize(before);
    }

    @Test
    void aStaleEditIsRefusedInsteadOfOverwritingTheOtherAdministrator() {
        String username = Accounts.create(context, Role.LEADER, null);
        SignIn.as(context, "admin");
        UserSummary opened = administration.users().stream()
                .filter(user -> user.username().equals(username))
                .findFirst()
                .orElseThrow();
        administration.update(
                opened.id(),
                opened.version(),
                new UserDraft(username, "First editor", null, null, Set.of(Role.LEADER), null));
        assertThatThrownBy(() -> administration.update(
                        opened.id(),
                        opened.version(),
                        new UserDraft(username, "Second editor", null, null, Set.of(Role.LEADER), null)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(administration.user(opened.id()).fullName()).isEqualTo("First editor");
    }

    @Test
    void disableEnableAndResetPasswordAreAudited() {
        String username = Accounts.create(context, Role.LEADER, null);
        SignIn.as(context, "admin");
        long id = administration.users().stream()
                .filter(user -> user.username().equals(username))
                .findFirst()
                .orElseThrow()
                .id();
        administration.setEnabled(id, false);
        SignIn.out();
        assertThatThrownBy(() -> SignIn.as(context, username, Accounts.PASSWORD));
        SignIn.as(context, "admin");
        administration.setEnabled(id, true);
        administration.resetPassword(id, "Một-mật-khẩu-mới");
        SignIn.out();
        assertThat(SignIn.as(context, username, "Một-mật-khẩu-mới").isAuthenticated())
                .isTrue();
        SignIn.as(context, "admin");
        assertThat(auditTrail.latest("USER", String.valueOf(id), 20))
                .extracting(AuditEntry::action)
                .contains("USER_DISABLED", "USER_ENABLED", "USER_PASSWORD_RESET");
    }

    @Test
    void theAdministratorCannotLockThemselvesOut() {
        long adminId = administration.users().stream()
                .filter(user -> user.username().equals("admin"))
                .findFirst()
                .orElseThrow()
                .id();
        assertThatThrownBy(() -> administration.setEnabled(adminId, false))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageStartingWith("user.cannotDisableSelf");
    }

    @Test
    void usersChangeTheirOwnPasswordWithinThePolicy() {
        String username = Accounts.create(context, Role.LEADER, null);
        SignIn.as(context, username, Accounts.PASSWORD);
        assertThatThrownBy(() -> accounts.changeOwnPassword("not-my-password", "Brand-new-secret"))
                .hasMessageStartingWith("password.currentWrong");
        assertThatThrownBy(() -> accounts.changeOwnPassword(Accounts.PASSWORD, "short"))
                .hasMessageStartingWith("password.tooShort");
        assertThatThrownBy(() -> accounts.changeOwnPassword(Accounts.PASSWORD, username))
                .hasMessageStartingWith("password.");
        accounts.changeOwnPassword(Accounts.PASSWORD, "Brand-new-secret");
        SignIn.out();
        assertThat(SignIn.as(context, username, "Brand-new-secret").isAuthenticated())
                .isTrue();
    }

    @Test
    void theLanguageChoiceIsRemembered() {
        String username = Accounts.create(context, Role.LEADER, null);
        SignIn.as(context, username, Accounts.PASSWORD);
        assertThat(accounts.preferredLocale().getLanguage()).isEqualTo("vi");
        accounts.changeLanguage(java.util.Locale.ENGLISH);
        assertThat(accounts.preferredLocale().getLanguage()).isEqualTo("en");
    }

    private void assertRefused(UserDraft draft, String key) {
        assertThatThrownBy(() -> administration.create(draft))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey())
                .isEqualTo(key);
    }

    private static UserDraft draft(String username, Set<Role> roles, Long unitId, String password) {
        return new UserDraft(username, "Người thử", null, unitId, roles, password);
    }

    private static String unique() {
        return "u" + UUID.randomUUID().toString().substring(0, 8);
    }
}
