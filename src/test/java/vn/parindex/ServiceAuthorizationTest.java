package vn.parindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import vn.parindex.assessment.EvidenceLibrary;
import vn.parindex.assessment.SelfAssessments;
import vn.parindex.audit.AuditTrail;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.organization.UnitAdministration;
import vn.parindex.organization.UnitDraft;
import vn.parindex.organization.UnitSummary;
import vn.parindex.security.AccountService;
import vn.parindex.security.UserAdministration;
import vn.parindex.support.PortalIntegrationTest;
import vn.parindex.support.SignIn;

/** Authorization lives in the services: calling them without the role, or outside one's unit, fails. */
@PortalIntegrationTest
class ServiceAuthorizationTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    UserAdministration users;

    @Autowired
    UnitAdministration unitAdministration;

    @Autowired
    OrganizationDirectory directory;

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    AccountService accounts;

    @Autowired
    EvidenceLibrary library;

    @Autowired
    SelfAssessments assessments;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void onlyTheAdministratorManagesUsers() {
        for (String username : new String[] {"noivu", "gtvt", "hoidong1", "lanhdao"}) {
            SignIn.as(context, username);
            assertThatThrownBy(() -> users.users()).as(username).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.unlock(1L)).as(username).isInstanceOf(AccessDeniedException.class);
        }
        SignIn.as(context, "admin");
        assertThat(users.users()).hasSizeGreaterThanOrEqualTo(9);
    }

    @Test
    void onlyAdminAndSecretariatChangeUnits() {
        SignIn.as(context, "admin");
        UnitSummary transport = unitByCode("SGTVT");
        UnitDraft unchanged = draftOf(transport);
        for (String username : new String[] {"gtvt", "hoidong1", "lanhdao"}) {
            SignIn.as(context, username);
            assertThatThrownBy(() -> unitAdministration.updateUnit(transport.id(), transport.version(), unchanged))
                    .as(username)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> unitAdministration.setActive(transport.id(), transport.version(), false))
                    .as(username)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void aFocalPointNeverReadsAnotherUnitWhateverIdIsSent() {
        SignIn.as(context, "admin");
        long health = unitByCode("SYT").id();
        long transport = unitByCode("SGTVT").id();

        SignIn.as(context, "gtvt");
        assertThat(directory.unit(transport).code()).isEqualTo("SGTVT");
        assertThatThrownBy(() -> directory.unit(health)).isInstanceOf(AccessDeniedException.class);
        assertThat(directory.units()).extracting(UnitSummary::code).containsExactly("SGTVT");
    }

    @Test
    void provinceWideRolesReadEveryUnit() {
        for (String username : new String[] {"noivu", "hoidong1", "lanhdao"}) {
            SignIn.as(context, username);
            assertThat(directory.units()).as(username).hasSize(30);
        }
    }

    @Test
    void theAuditTrailIsForAdministratorAndSecretariat() {
        SignIn.as(context, "gtvt");
        assertThatThrownBy(() -> auditTrail.latest(null, null, 10)).isInstanceOf(AccessDeniedException.class);
        SignIn.as(context, "noivu");
        assertThat(auditTrail.latest(null, null, 10)).isNotEmpty();
    }

    /**
     * Methods open to every signed-in user inside services guarded by roles at class level
     * ({@code @PermitAll} with {@code @PreAuthorize("isAuthenticated()")}): any role, never anonymous.
     */
    @Test
    void anySignedInUserReachesTheOpenMethodsOfRoleGuardedServices() {
        for (String username : new String[] {"admin", "noivu", "gtvt", "hoidong1", "lanhdao"}) {
            SignIn.as(context, username);
            assertThat(library.maxFileSize()).as(username).isPositive();
            assertThat(assessments.dueForCurrentUser()).as(username).isNotNull();
        }
        SignIn.as(context, "lanhdao");
        assertThatThrownBy(() -> library.file(1L)).isInstanceOf(AccessDeniedException.class);
        SignIn.out();
        assertThatThrownBy(() -> library.maxFileSize()).isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> assessments.dueForCurrentUser()).isInstanceOf(AuthenticationException.class);
    }

    @Test
    void anonymousCallersAreRefused() {
        assertThatThrownBy(() -> directory.units()).isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> accounts.changeOwnPassword("x", "y")).isInstanceOf(AuthenticationException.class);
        assertThat(directory.province()).isPresent();
    }

    private UnitSummary unitByCode(String code) {
        return directory.units().stream()
                .filter(unit -> unit.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    static UnitDraft draftOf(UnitSummary unit) {
        return new UnitDraft(
                unit.code(),
                unit.nameVi(),
                unit.nameEn(),
                unit.shortName(),
                unit.blockId(),
                unit.ranked(),
                unit.headName(),
                unit.headTitleVi(),
                unit.headTitleEn(),
                unit.sortOrder());
    }
}
