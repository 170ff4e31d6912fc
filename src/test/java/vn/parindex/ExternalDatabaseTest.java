package vn.parindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Random;
import org.flywaydb.core.Flyway;
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
import vn.parindex.assessment.EvidenceFile;
import vn.parindex.assessment.EvidenceLibrary;
import vn.parindex.assessment.EvidenceSummary;
import vn.parindex.audit.AuditTrail;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.organization.UnitSummary;
import vn.parindex.period.PeriodDirectory;
import vn.parindex.security.Role;
import vn.parindex.security.UserAdministration;
import vn.parindex.security.UserDraft;
import vn.parindex.security.UserSummary;
import vn.parindex.support.Accounts;
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

    /**
     * A file of the configured maximum (20 MB) goes in and comes back byte for byte on this stock
     * server, whose max_allowed_packet (16 MB by default) is smaller than the file: the content
     * travels in 1 MiB chunks.
     */
    @Test
    void evidenceOfTheMaximumSizeRoundTripsBelowThePacketLimit() throws Exception {
        long packetLimit = jdbc.queryForObject("select @@max_allowed_packet", Long.class);
        SignIn.as(context, "admin");
        long periodId = context.getBean(PeriodDirectory.class)
                .byYear(2024)
                .orElseThrow()
                .id();
        long unitId = directory.units().stream()
                .filter(unit -> unit.code().equals("SVHTTDL"))
                .findFirst()
                .orElseThrow()
                .id();
        String focalPoint = Accounts.create(context, Role.FOCAL_POINT, unitId);
        SignIn.as(context, focalPoint, Accounts.PASSWORD);
        EvidenceLibrary library = context.getBean(EvidenceLibrary.class);
        int size = (int) library.maxFileSize();
        assertThat(size).isEqualTo(20 * 1024 * 1024);
        assertThat(packetLimit).as("max_allowed_packet of the test server").isLessThan(size);

        byte[] scan = new byte[size];
        new Random(42).nextBytes(scan);
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, scan, 0, header.length);
        long started = System.nanoTime();
        EvidenceSummary stored = library.upload(periodId, unitId, "Bản chụp hồ sơ 20 MB.pdf", scan)
                .evidence();
        long uploadMillis = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        byte[] back;
        try (EvidenceFile file = library.file(stored.id())) {
            back = file.content().readAllBytes();
        }
        long readMillis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf(
                "EXTERNAL-DB 20 MB evidence: max_allowed_packet %d bytes, upload %d ms, read back %d ms%n",
                packetLimit, uploadMillis, readMillis);

        assertThat(back).hasSize(size);
        assertThat(Arrays.equals(back, scan))
                .as("content read back byte for byte")
                .isTrue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from evidence_content_chunk where sha256 = ?", Integer.class, stored.sha256()))
                .isEqualTo(20);
        library.delete(stored.id(), stored.version());
        assertThat(jdbc.queryForObject(
                        "select count(*) from evidence_content where sha256 = ?", Integer.class, stored.sha256()))
                .isZero();
    }

    /**
     * Migration V5 moves content stored whole (V3) into chunks on the server, whatever its size, and
     * drops the old column. Run in a scratch database next to the test database, created and dropped
     * here.
     */
    @Test
    void existingContentMovesIntoChunks() {
        String url = System.getenv("PARINDEX_TEST_EXTERNAL_DB_URL");
        String scratch = url.substring(url.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9_].*", "") + "_v5check";
        String user = envOr("PARINDEX_TEST_EXTERNAL_DB_USER", "root");
        String password = envOr("PARINDEX_TEST_EXTERNAL_DB_PASSWORD", "");
        jdbc.execute("drop database if exists " + scratch);
        try {
            Flyway.configure()
                    .dataSource(url, user, password)
                    .schemas(scratch)
                    .locations("classpath:db/migration")
                    .target("3")
                    .load()
                    .migrate();
            byte[] large = new byte[2 * 1024 * 1024 + 777];
            new Random(7).nextBytes(large);
            byte[] small = "Biên bản".getBytes(StandardCharsets.UTF_8);
            String insert =
                    "insert into " + scratch + ".evidence_content (sha256, size_bytes, content) values (?, ?, ?)";
            jdbc.update(insert, "a".repeat(64), large.length, large);
            jdbc.update(insert, "b".repeat(64), small.length, small);

            Flyway.configure()
                    .dataSource(url, user, password)
                    .schemas(scratch)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();

            assertThat(jdbc.queryForList(
                            "select length(data) from " + scratch
                                    + ".evidence_content_chunk where sha256 = ? order by seq",
                            Long.class,
                            "a".repeat(64)))
                    .containsExactly(1024L * 1024, 1024L * 1024, 777L);
            assertThat(reassembled(scratch, "a".repeat(64))).isEqualTo(large);
            assertThat(reassembled(scratch, "b".repeat(64))).isEqualTo(small);
            assertThat(jdbc.queryForObject(
                            "select count(*) from information_schema.columns where table_schema = ?"
                                    + " and table_name = 'evidence_content' and column_name = 'content'",
                            Integer.class,
                            scratch))
                    .isZero();
        } finally {
            jdbc.execute("drop database if exists " + scratch);
        }
    }

    private byte[] reassembled(String schema, String sha256) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        jdbc.query(
                "select data from " + schema + ".evidence_content_chunk where sha256 = ? order by seq",
                (java.sql.ResultSet rs) -> {
                    out.writeBytes(rs.getBytes(1));
                },
                sha256);
        return out.toByteArray();
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
