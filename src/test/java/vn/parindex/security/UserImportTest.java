package vn.parindex.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.organization.UnitSummary;
import vn.parindex.security.UserImportResult.OneTimePassword;
import vn.parindex.shared.RowProblem;
import vn.parindex.support.PortalIntegrationTest;
import vn.parindex.support.SignIn;
import vn.parindex.support.Xlsx;

/** Users from XLSX: every problem with its row, nothing saved on error, one-time passwords hashed and shown once. */
@PortalIntegrationTest
class UserImportTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    UserImport imports;

    @Autowired
    OrganizationDirectory directory;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    Map<String, Long> units;
    String prefix;

    @BeforeEach
    void signIn() {
        SignIn.as(context, "admin");
        units = directory.units().stream().collect(Collectors.toMap(UnitSummary::code, UnitSummary::id));
        prefix = "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void everyProblemIsListedWithItsRowAndNothingIsSaved() {
        byte[] file = Xlsx.of(
                UserImport.COLUMNS,
                List.of(
                        List.of(prefix + "a", "Người A", "a@example.gov.vn", "SGTVT", "FOCAL_POINT"),
                        List.of(prefix + "a", "Người A lặp", "", "SGTVT", "FOCAL_POINT"),
                        List.of(prefix + "b", "Người B", "", "NO_SUCH_UNIT", "FOCAL_POINT"),
                        List.of(prefix + "c", "Người C", "", "", "FOCAL_POINT"),
                        List.of(prefix + "d", "Người D", "not-an-email", "", "LEADER"),
                        List.of(prefix + "e", "Người E", "", "", "KING"),
                        List.of(prefix + "f", "FORMULA:\"Người\"&\"F\"", "", "", "LEADER"),
                        List.of("Bad Name!", "Người G", "", "", "LEADER"),
                        List.of(prefix + "h", "", "", "", "")));

        UserImportResult dryRun = imports.dryRun(file, units);
        assertThat(dryRun.problems())
                .extracting(RowProblem::row, RowProblem::column, RowProblem::messageKey)
                .containsExactlyInAnyOrder(
                        tuple(3, "username", "sheet.duplicateUsername"),
                        tuple(4, "unit_code", "sheet.unknownUnit"),
                        tuple(5, "unit_code", "user.unit.requiredForFocalPoint"),
                        tuple(6, "email", "sheet.email"),
                        tuple(7, "roles", "sheet.unknownRole"),
                        tuple(8, "full_name", "sheet.unsafeCell"),
                        tuple(9, "username", "user.username.pattern"),
                        tuple(10, "full_name", "sheet.required"),
                        tuple(10, "roles", "user.roles.required"));

        AtomicInteger hashed = new AtomicInteger();
        UserImportResult commit = imports.commit(file, units, hashed::set);
        assertThat(commit.ok()).isFalse();
        assertThat(commit.passwords()).isNull();
        assertThat(hashed).hasValue(0);
        assertThat(jdbc.queryForObject("select count(*) from app_user where username like ?", Long.class, prefix + "%"))
                .isZero();
    }

    @Test
    void newUsersGetOneTimePasswordsHashedNeverStoredAndAReimportUpdatesByUsername() {
        byte[] file = Xlsx.of(
                UserImport.COLUMNS,
                List.of(
                        List.of(prefix + "fp", "Cán bộ đầu mối", prefix + "@example.gov.vn", "sgtvt", "FOCAL_POINT"),
                        List.of(prefix + "sec", "Thư ký", "", "SNV", "SECRETARIAT, COUNCIL_MEMBER"),
                        List.of("noivu", "Hoàng Quốc Huy", "noivu@haiduong.gov.vn", "SNV", "SECRETARIAT")));
        UserImportResult dryRun = imports.dryRun(file, units);
        assertThat(dryRun.ok()).isTrue();
        assertThat(dryRun.created()).isEqualTo(2);
        assertThat(dryRun.unchanged()).isEqualTo(1);
        assertThat(dryRun.passwords()).isNull();

        AtomicInteger hashed = new AtomicInteger();
        UserImportResult saved = imports.commit(file, units, done -> hashed.accumulateAndGet(done, Math::max));
        assertThat(saved.created()).isEqualTo(2);
        assertThat(hashed).hasValue(2);
        assertThat(saved.passwords())
                .extracting(OneTimePassword::username)
                .containsExactly(prefix + "fp", prefix + "sec");
        OneTimePassword focal = saved.passwords().get(0);
        assertThat(focal.unitCode()).isEqualTo("SGTVT");
        String stored = jdbc.queryForObject(
                "select password_hash from app_user where username = ?", String.class, focal.username());
        assertThat(stored).startsWith("{argon2}").doesNotContain(focal.password());
        assertThat(jdbc.queryForObject(
                        "select password_must_change from app_user where username = ?",
                        Boolean.class,
                        focal.username()))
                .isTrue();

        // The new user signs in with it and must set their own before anything else.
        SignIn.as(context, focal.username(), focal.password());
        assertThat(accounts.mustChangePassword()).isTrue();
        UserSummary me = null;
        SignIn.as(context, "admin");
        me = context.getBean(UserAdministration.class).users().stream()
                .filter(user -> user.username().equals(focal.username()))
                .findFirst()
                .orElseThrow();
        assertThat(me.unitId()).isEqualTo(units.get("SGTVT"));
        assertThat(me.roles()).containsExactly(Role.FOCAL_POINT);

        // A later file updates by username and makes no new password.
        byte[] renamed = Xlsx.of(
                UserImport.COLUMNS,
                List.of(List.of(
                        prefix + "fp", "Cán bộ đầu mối (đổi tên)", prefix + "@example.gov.vn", "SYT", "FOCAL_POINT")));
        UserImportResult updated = imports.commit(renamed, units, done -> {});
        assertThat(updated.created()).isZero();
        assertThat(updated.updated()).isEqualTo(1);
        assertThat(updated.passwords()).isEmpty();
        assertThat(jdbc.queryForObject("select unit_id from app_user where username = ?", Long.class, focal.username()))
                .isEqualTo(units.get("SYT"));
        assertThat(jdbc.queryForObject(
                        "select password_hash from app_user where username = ?", String.class, focal.username()))
                .isEqualTo(stored);
    }

    @Test
    void theAdministratorCannotImportAwayTheirOwnAdministrationRoleAndOthersCannotImport() {
        byte[] file = Xlsx.of(UserImport.COLUMNS, List.of(List.of("admin", "Nguyễn Minh Quân", "", "", "LEADER")));
        assertThat(imports.dryRun(file, units).problems())
                .extracting(RowProblem::messageKey)
                .containsExactly("user.cannotRemoveOwnAdmin");
        SignIn.as(context, "noivu");
        assertThatThrownBy(() -> imports.dryRun(file, units)).isInstanceOf(AccessDeniedException.class);
    }
}
