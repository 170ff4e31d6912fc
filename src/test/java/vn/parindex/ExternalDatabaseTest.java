package vn.parindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.parindex.audit.AuditTrail;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.organization.UnitSummary;
import vn.parindex.security.Role;
import vn.parindex.security.UserAdministration;
import vn.parindex.security.UserDraft;
import vn.parindex.security.UserSummary;
import vn.parindex.support.SignIn;

/**
 * The migrations and repositories against an external MariaDB server (10.11 on the build machines),
 * as production runs. {@code .ci/run} points {@code PARINDEX_TEST_EXTERNAL_DB_URL} at a fresh
 * database; nothing embedded is started for this context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@EnabledIfEnvironmentVariable(named = "PARINDEX_TEST_EXTERNAL_DB_URL", matches = ".+")
class ExternalDatabaseTest {

    @DynamicPropertySource
    static void externalDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> System.getenv("PARINDEX_TEST_EXTERNAL_DB_URL"));
        registry.add("spring.datasource.username", () -> envOr("PARINDEX_TEST_EXTERNAL_DB_USER", "root"));
        registry.add("spring.datasource.password", () -> envOr("PARINDEX_TEST_EXTERNAL_DB_PASSWORD", ""));
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrganizationDirectory directory;

    @Autowired
    UserAdministration users;

    @Autowired
    AuditTrail audit;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void runsOnTheExternalServerWithEveryMigrationApplied() {
        assertThat(context.containsBean("embeddedMariaDb")).isFalse();
        assertThat(jdbc.queryForObject("select version()", String.class)).contains("MariaDB");
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success = 0", Integer.class))
                .isZero();
    }

    @Test
    void demoDataAndRepositoriesWork() {
        SignIn.as(context, "noivu");
        assertThat(directory.units()).hasSize(30);
        assertThat(directory.units()).extracting(UnitSummary::nameVi).contains("Ủy ban nhân dân huyện Thanh Miện");

        SignIn.as(context, "namsach");
        assertThat(directory.units()).extracting(UnitSummary::code).containsExactly("HNS");
        long health = jdbc.queryForObject("select id from org_unit where code = 'SYT'", Long.class);
        assertThatThrownBy(() -> directory.unit(health)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void usersRolesAndAuditSequenceRoundTrip() {
        SignIn.as(context, "admin");
        String username = "ext" + System.nanoTime() % 1_000_000;
        long id = users.create(new UserDraft(
                username,
                "Trần Văn Ngoại",
                null,
                null,
                EnumSet.of(Role.LEADER, Role.COUNCIL_MEMBER),
                "External-DB-pass"));
        UserSummary saved = users.user(id);
        assertThat(saved.roles()).containsExactlyInAnyOrder(Role.LEADER, Role.COUNCIL_MEMBER);
        assertThat(saved.fullName()).isEqualTo("Trần Văn Ngoại");
        assertThat(audit.latest("USER", String.valueOf(id), 5)).isNotEmpty();
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
