package vn.parindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.support.MariaDbClients;
import vn.parindex.support.MariaDbClients.Server;
import vn.parindex.support.PortalIntegrationTest;

/**
 * The backup procedure of docs/operations.md, run for real: {@code mariadb-dump} of the portal's
 * database (the shared test database with the demo province) and a restore into a fresh database on
 * the same server with the {@code mariadb} client. Afterwards every table holds the same rows
 * (published rankings, leader classifications and award decisions compared row by row, every other
 * table by checksum) and every evidence file reads back byte for byte with its stored SHA-256.
 */
@PortalIntegrationTest
class BackupRestoreTest {

    /** What the results of a cycle consist of: compared row by row, and must not be empty. */
    private static final List<String> RESULT_TABLES = List.of(
            "ranking_publication",
            "ranking_result",
            "ranking_result_area",
            "ranking_publication_area",
            "leader_classification",
            "leader_classification_entry",
            "award_decision",
            "award_decision_item",
            "award_nomination",
            "evidence",
            "evidence_content");

    /** The backup account's rights, as docs/operations.md gives them. */
    static final String BACKUP_GRANTS = "SELECT, SHOW VIEW, TRIGGER, LOCK TABLES";

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDumpRestoredIntoAFreshDatabaseHoldsTheSameResultsAndEvidence() throws Exception {
        Server portal = Server.of(dataSource);
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String restored = "parindex_restore_" + suffix;
        // The dump runs as a backup account with only the rights docs/operations.md lists.
        String backupUser = "backup_" + suffix;
        String backupPassword = UUID.randomUUID().toString();
        Server source = new Server(portal.host(), portal.port(), backupUser, backupPassword, portal.database());
        Path dump = Files.createTempFile("parindex-backup", ".sql");
        jdbc.execute("CREATE USER '" + backupUser + "'@'127.0.0.1' IDENTIFIED BY '" + backupPassword + "'");
        try {
            jdbc.execute(
                    "GRANT " + BACKUP_GRANTS + " ON " + portal.database() + ".* TO '" + backupUser + "'@'127.0.0.1'");
            Map<String, String> before = fingerprints(source.database());
            long started = System.nanoTime();
            MariaDbClients.dump(source, dump);
            long dumpMillis = (System.nanoTime() - started) / 1_000_000;
            Map<String, String> after = fingerprints(source.database());

            jdbc.execute("CREATE DATABASE " + restored + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            started = System.nanoTime();
            MariaDbClients.load(portal.database(restored), dump);
            long restoreMillis = (System.nanoTime() - started) / 1_000_000;
            Map<String, String> copy = fingerprints(restored);

            // Tables another test's background work (mails, say) changed while the dump ran cannot be
            // compared with the live database; everything else must be identical.
            List<String> moving = new ArrayList<>();
            before.forEach((table, fingerprint) -> {
                if (!fingerprint.equals(after.get(table))) {
                    moving.add(table);
                }
            });
            assertThat(copy.keySet()).as("tables and sequences restored").isEqualTo(before.keySet());
            assertThat(moving).as("tables changing during the dump").doesNotContainAnyElementsOf(RESULT_TABLES);
            for (String table : before.keySet()) {
                if (!moving.contains(table) && !copy.get(table).equals(before.get(table))) {
                    // CHECKSUM TABLE also covers the physical row format, which can differ for the same
                    // values (a stored generated column, for one); then the rows themselves must match.
                    assertThat(before.get(table)).as("sequence " + table).startsWith("checksum");
                    assertThat(rows(restored, table))
                            .as("rows of restored " + table)
                            .isEqualTo(rows(source.database(), table));
                }
            }
            assertThat(columns(restored)).as("column definitions").isEqualTo(columns(source.database()));

            for (String table : RESULT_TABLES) {
                List<Map<String, Object>> original = rows(source.database(), table);
                assertThat(original)
                        .as("rows of " + table + " in the demo data")
                        .isNotEmpty();
                assertThat(rows(restored, table))
                        .as("rows of restored " + table)
                        .isEqualTo(original);
            }
            assertThat(jdbc.queryForObject(
                            "select count(distinct year) from " + restored + ".ranking_publication", Integer.class))
                    .as("years with published rankings (demo: 2022 and 2023)")
                    .isGreaterThanOrEqualTo(2);

            int files = everyEvidenceFileReadsBackWithItsHash(restored);
            assertThat(jdbc.queryForObject(
                            "select count(*) from " + restored + ".evidence e where e.sha256 is not null and not exists"
                                    + " (select 1 from " + restored + ".evidence_content c where c.sha256 = e.sha256)",
                            Integer.class))
                    .as("evidence entries without their content")
                    .isZero();

            System.out.printf(
                    "BACKUP-RESTORE: %d tables and sequences (%d changing during the dump), dump %d KiB in %d ms,"
                            + " restore in %d ms, %d evidence files verified by SHA-256, client %s%n",
                    before.size(),
                    moving.size(),
                    Files.size(dump) / 1024,
                    dumpMillis,
                    restoreMillis,
                    files,
                    MariaDbClients.tool("mariadb-dump"));
        } finally {
            jdbc.execute("DROP USER IF EXISTS '" + backupUser + "'@'127.0.0.1'");
            jdbc.execute("DROP DATABASE IF EXISTS " + restored);
            Files.deleteIfExists(dump);
        }
    }

    /**
     * Reassembles every stored content from its chunks and checks its SHA-256 (the primary key the
     * portal computed at upload) and its size. Returns how many were checked.
     */
    private int everyEvidenceFileReadsBackWithItsHash(String schema) {
        List<Map<String, Object>> contents =
                jdbc.queryForList("select sha256, size_bytes from " + schema + ".evidence_content order by sha256");
        assertThat(contents).as("evidence contents in the demo data").isNotEmpty();
        for (Map<String, Object> content : contents) {
            String sha256 = (String) content.get("sha256");
            MessageDigest digest = sha256Digest();
            long[] size = {0};
            jdbc.query(
                    "select data from " + schema + ".evidence_content_chunk where sha256 = ? order by seq",
                    (java.sql.ResultSet rs) -> {
                        byte[] chunk = rs.getBytes(1);
                        digest.update(chunk);
                        size[0] += chunk.length;
                    },
                    sha256);
            assertThat(HexFormat.of().formatHex(digest.digest()))
                    .as("SHA-256 of the restored content " + sha256)
                    .isEqualTo(sha256);
            assertThat(size[0]).as("size of " + sha256).isEqualTo(((Number) content.get("size_bytes")).longValue());
        }
        return contents.size();
    }

    /** Per table its CHECKSUM TABLE, per sequence its next value: equal content gives equal prints. */
    private Map<String, String> fingerprints(String schema) {
        Map<String, String> prints = new TreeMap<>();
        List<Map<String, Object>> objects = jdbc.queryForList("SHOW FULL TABLES FROM " + schema);
        for (Map<String, Object> object : objects) {
            List<Object> values = new ArrayList<>(object.values());
            String name = ((String) values.get(0)).toLowerCase();
            String type = (String) values.get(1);
            if ("SEQUENCE".equals(type)) {
                prints.put(
                        name,
                        "next "
                                + jdbc.queryForObject(
                                        "select next_not_cached_value from " + schema + "." + name, String.class));
            } else if ("BASE TABLE".equals(type)) {
                List<Map<String, Object>> checksum = jdbc.queryForList("CHECKSUM TABLE " + schema + "." + name);
                prints.put(name, "checksum " + checksum.get(0).get("Checksum"));
            }
        }
        return prints;
    }

    private List<String> columns(String schema) {
        return jdbc.queryForList(
                "select concat_ws(' ', table_name, column_name, column_type, is_nullable, column_default,"
                        + " collation_name, column_key, extra) from information_schema.columns where table_schema = ?"
                        + " order by table_name, ordinal_position",
                String.class,
                schema);
    }

    /** Every row of the table in primary-key order, binary values as hex so they compare by content. */
    private List<Map<String, Object>> rows(String schema, String table) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> row : jdbc.queryForList("select * from " + schema + "." + table + " order by 1, 2")) {
            Map<String, Object> comparable = new LinkedHashMap<>();
            row.forEach((column, value) -> comparable.put(
                    column, value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : value));
            rows.add(comparable);
        }
        return rows;
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
