package vn.parindex.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.security.UserImport;
import vn.parindex.security.UserImportResult;
import vn.parindex.support.JdbcRoundTrips;
import vn.parindex.support.PortalIntegrationTest;
import vn.parindex.support.SignIn;
import vn.parindex.support.Xlsx;

/**
 * A province's bulk setup at full size: 1,000 units (dry run and commit) and 2,000 users (dry run
 * and commit, whose time is the one-time passwords' hashing), in a block of their own removed
 * afterwards. Prints figures (grep PERF); asserts only statement counts, never times. Runs with
 * {@code -Pbenchmark}.
 */
@PortalIntegrationTest
class OnboardingImportBenchmark {

    private static final int UNITS = 1000;
    private static final int USERS = 2000;
    private static final String BLOCK = "BENCH_ONBOARD";

    @Autowired
    ApplicationContext context;

    @Autowired
    ProvinceSetup setup;

    @Autowired
    UnitImport units;

    @Autowired
    UserImport users;

    @Autowired
    OrganizationDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void importsAThousandUnitsAndTwoThousandUsers() {
        SignIn.as(context, "admin");
        long blockId = setup.addBlock(BLOCK, "Khối đo hiệu năng", "Benchmark block");
        try {
            List<List<String>> unitRows = new ArrayList<>();
            for (int i = 0; i < UNITS; i++) {
                unitRows.add(List.of(
                        "BX" + i,
                        "UBND xã thử nghiệm số " + i,
                        "Test commune " + i,
                        "Xã " + i,
                        BLOCK,
                        "Nguyễn Văn " + i,
                        "Chủ tịch UBND xã",
                        "Chairperson",
                        "có",
                        "không",
                        "2025-07-01",
                        i > 0 && i % 100 == 0 ? "BX" + (i - 1) : ""));
            }
            byte[] unitFile = Xlsx.of(UnitImport.COLUMNS, unitRows);

            long start = System.nanoTime();
            JdbcRoundTrips.reset();
            UnitImportResult dryRun = units.dryRun(unitFile, false);
            long dryRunMs = (System.nanoTime() - start) / 1_000_000;
            long dryRunStatements = JdbcRoundTrips.executions();
            assertThat(dryRun.ok()).isTrue();
            assertThat(dryRun.created()).isEqualTo(UNITS);

            start = System.nanoTime();
            JdbcRoundTrips.reset();
            UnitImportResult saved = units.commit(unitFile, false);
            long commitMs = (System.nanoTime() - start) / 1_000_000;
            long commitStatements = JdbcRoundTrips.executions();
            long commitBatches = JdbcRoundTrips.batches();
            assertThat(saved.created()).isEqualTo(UNITS);
            System.out.printf(
                    "PERF units import %d rows (%d KB): dry run %d ms (%d statements), commit %d ms (%d statements, %d batches)%n",
                    UNITS,
                    unitFile.length / 1024,
                    dryRunMs,
                    dryRunStatements,
                    commitMs,
                    commitStatements,
                    commitBatches);
            // Batched: units, head terms, predecessors and audit events in batches of 50.
            assertThat(commitBatches).isLessThanOrEqualTo(4 * (UNITS / 50 + 1) + 2);
            assertThat(commitStatements).isLessThan(100);

            start = System.nanoTime();
            UnitImportResult again = units.commit(unitFile, false);
            System.out.printf(
                    "PERF units re-import unchanged %d rows: %d ms%n", UNITS, (System.nanoTime() - start) / 1_000_000);
            assertThat(again.unchanged()).isEqualTo(UNITS);

            Map<String, Long> unitIds =
                    directory.units().stream().collect(Collectors.toMap(UnitSummary::code, UnitSummary::id));
            List<List<String>> userRows = new ArrayList<>();
            for (int i = 0; i < USERS; i++) {
                userRows.add(List.of(
                        "bench" + i,
                        "Cán bộ thử " + i,
                        "bench" + i + "@example.gov.vn",
                        "BX" + (i % UNITS),
                        "FOCAL_POINT"));
            }
            byte[] userFile = Xlsx.of(UserImport.COLUMNS, userRows);
            start = System.nanoTime();
            UserImportResult userDryRun = users.dryRun(userFile, unitIds);
            long userDryRunMs = (System.nanoTime() - start) / 1_000_000;
            assertThat(userDryRun.created()).isEqualTo(USERS);

            AtomicInteger progress = new AtomicInteger();
            start = System.nanoTime();
            UserImportResult created =
                    users.commit(userFile, unitIds, done -> progress.accumulateAndGet(done, Math::max));
            long userCommitMs = (System.nanoTime() - start) / 1_000_000;
            assertThat(created.passwords()).hasSize(USERS);
            assertThat(progress).hasValue(USERS);
            System.out.printf(
                    "PERF users import %d rows: dry run %d ms, commit %d ms (%.1f ms per one-time password on %d CPUs)%n",
                    USERS,
                    userDryRunMs,
                    userCommitMs,
                    (double) userCommitMs / USERS,
                    Runtime.getRuntime().availableProcessors());
        } finally {
            SignIn.out();
            jdbc.update(
                    "delete from app_user_role where user_id in (select id from app_user where username like 'bench%')");
            jdbc.update("delete from app_user where username like 'bench%'");
            List<Long> ids = jdbc.queryForList("select id from org_unit where block_id = ?", Long.class, blockId);
            for (Long id : ids) {
                jdbc.update("delete from unit_predecessor where unit_id = ? or predecessor_id = ?", id, id);
            }
            jdbc.update("delete from unit_head where unit_id in (select id from org_unit where block_id = ?)", blockId);
            jdbc.update("delete from org_unit where block_id = ?", blockId);
            jdbc.update("delete from org_block where id = ?", blockId);
        }
    }
}
