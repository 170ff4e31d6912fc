package vn.parindex.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.period.PeriodDirectory;
import vn.parindex.period.Phase;
import vn.parindex.security.Role;
import vn.parindex.security.UserAdministration;
import vn.parindex.security.UserDraft;
import vn.parindex.support.Accounts;
import vn.parindex.support.PortalIntegrationTest;
import vn.parindex.support.SignIn;

/**
 * Scope follows the capability, never the mix of roles: what a user does as a focal point stays on
 * their own unit whatever else they hold, and other units' sheets, evidence and deadlines open only
 * through a role that reads them (the secretariat). Works on the Department of Justice (STP).
 */
@PortalIntegrationTest
class CapabilityScopeTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    SelfAssessments assessments;

    @Autowired
    EvidenceLibrary library;

    @Autowired
    PeriodDirectory periods;

    @Autowired
    OrganizationDirectory organization;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aFocalPointWhoIsAlsoACouncilMemberReadsAndEditsOnlyTheirOwnUnit() {
        long period = AssessmentFixtures.period2024(context);
        long own = AssessmentFixtures.unit(context, "STP").id();
        long transport = AssessmentFixtures.unit(context, "SGTVT").id();
        long namSach = AssessmentFixtures.unit(context, "HNS").id();
        long otherEvidence = jdbc.queryForObject(
                "select min(id) from evidence where unit_id = ? and sha256 is not null", Long.class, namSach);
        signInNew(own, Role.FOCAL_POINT, Role.COUNCIL_MEMBER);

        assertThat(assessments.sheetScope()).isEqualTo(own);
        Sheet sheet = assessments.sheet(period, own);
        assertThat(sheet.lockReason()).isNull();
        List<ItemChange> firstItem = AssessmentFixtures.fullMarks(sheet).subList(0, 1);
        assertThat(assessments.save(sheet.assessmentId(), firstItem)).isEqualTo(1);
        assertThat(periods.unitDeadline(period, own, Phase.SELF_ASSESSMENT).deadline())
                .isNotNull();

        assertThatThrownBy(() -> assessments.sheet(period, transport)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> library.file(otherEvidence)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> periods.unitDeadline(period, transport, Phase.SELF_ASSESSMENT))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> periods.deadlineFor(period, namSach, Phase.SELF_ASSESSMENT))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> library.upload(period, transport, "bang-chung.pdf", AssessmentFixtures.pdf("x")))
                .isInstanceOf(AccessDeniedException.class);
        // Reading the unit directory is the council member's own permission.
        assertThat(organization.units()).hasSize(30);
    }

    @Test
    void aFocalPointWhoIsAlsoSecretariatReadsEveryUnitButEditsOnlyTheirOwn() {
        long period = AssessmentFixtures.period2024(context);
        long own = AssessmentFixtures.unit(context, "STP").id();
        long transport = AssessmentFixtures.unit(context, "SGTVT").id();
        signInNew(own, Role.FOCAL_POINT, Role.SECRETARIAT);

        assertThat(assessments.sheetScope()).isNull();
        Sheet other = assessments.sheet(period, transport);
        assertThat(other.lockReason()).isEqualTo("assessment.lock.readOnly");
        assertThatThrownBy(() -> library.upload(period, transport, "bang-chung.pdf", AssessmentFixtures.pdf("x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(assessments.sheet(period, own).lockReason()).isNull();
    }

    @Test
    void aCouncilMemberAloneReachesNoSheetAndNoUnitDeadline() {
        long period = AssessmentFixtures.period2024(context);
        long transport = AssessmentFixtures.unit(context, "SGTVT").id();
        SignIn.as(context, Accounts.create(context, Role.COUNCIL_MEMBER, null), Accounts.PASSWORD);
        assertThatThrownBy(() -> assessments.sheet(period, transport)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> periods.unitDeadline(period, transport, Phase.SELF_ASSESSMENT))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(organization.units()).hasSize(30);
    }

    private void signInNew(long unitId, Role... roles) {
        String username = "cap" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        SignIn.as(context, "admin");
        context.getBean(UserAdministration.class)
                .createWithPresetPassword(new UserDraft(
                        username,
                        "Người giữ hai vai trò",
                        null,
                        unitId,
                        EnumSet.copyOf(Set.of(roles)),
                        Accounts.PASSWORD));
        SignIn.as(context, username, Accounts.PASSWORD);
    }
}
