package vn.parindex.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.shared.RowProblem;
import vn.parindex.shared.Spreadsheets;
import vn.parindex.shared.TextLimits;
import vn.parindex.support.JdbcRoundTrips;
import vn.parindex.support.PortalIntegrationTest;
import vn.parindex.support.SignIn;
import vn.parindex.support.Xlsx;

/** Units from XLSX: dry run with every problem, all-or-nothing commit, re-import by code, heads' terms, mergers. */
@PortalIntegrationTest
class UnitImportTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    UnitImport imports;

    @Autowired
    ProvinceSetup setup;

    @Autowired
    OrganizationDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    String block;
    String prefix;

    @BeforeEach
    void ownBlock() {
        SignIn.as(context, "admin");
        prefix = "T"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
        block = prefix + "_BLK";
        setup.addBlock(block, "Khối thử " + prefix, "Test block " + prefix);
    }

    /** Leaves the shared database as the demo made it: the block, its units and their heads go. */
    @AfterEach
    void removeOwnBlock() {
        SignIn.out();
        Long blockId = jdbc.queryForObject("select id from org_block where code = ?", Long.class, block);
        List<Long> units = jdbc.queryForList("select id from org_unit where block_id = ?", Long.class, blockId);
        for (Long unit : units) {
            jdbc.update("delete from unit_predecessor where unit_id = ? or predecessor_id = ?", unit, unit);
            jdbc.update("delete from unit_head where unit_id = ?", unit);
        }
        jdbc.update("delete from org_unit where block_id = ?", blockId);
        jdbc.update("delete from org_block where id = ?", blockId);
    }

    @Test
    void aDryRunListsEveryProblemWithItsRowAndNothingIsSavedWhileAnyRowIsWrong() {
        String longName = "x".repeat(TextLimits.NAME + 1);
        byte[] file = Xlsx.of(
                UnitImport.COLUMNS,
                List.of(
                        row(prefix + "_A", "Đơn vị A", "Unit A", block, "", ""),
                        row(prefix + "_A", "Đơn vị A lặp", "Unit A again", block, "", ""),
                        row(prefix + "_B", "", "Unit B", block, "", ""),
                        row(prefix + "_C", "Đơn vị C", "Unit C", "NO_SUCH_BLOCK", "", ""),
                        row(prefix + "_D", longName, "Unit D", block, "", ""),
                        row(prefix + "_E", "FORMULA:1+1", "Unit E", block, "", ""),
                        row(prefix + "_F", "=HYPERLINK(\"http://x\")", "Unit F", block, "", ""),
                        row(prefix + "_G", "Đơn vị G <script>alert(1)</script>", "Unit G", block, "", ""),
                        row(prefix + "_H", "Đơn vị H", "Unit H", block, "maybe", ""),
                        row(prefix + "_I", "Đơn vị I", "Unit I", block, "", "NO_SUCH_UNIT"),
                        row("bad code", "Đơn vị J", "Unit J", block, "", "")));

        UnitImportResult dryRun = imports.dryRun(file, false);
        assertThat(dryRun.problems())
                .extracting(RowProblem::row, RowProblem::column, RowProblem::messageKey)
                .containsExactlyInAnyOrder(
                        tuple(3, "code", "import.duplicateCode"),
                        tuple(4, "name_vi", "sheet.required"),
                        tuple(5, "block_code", "sheet.unknownBlock"),
                        tuple(6, "name_vi", "sheet.tooLong"),
                        tuple(7, "name_vi", "sheet.unsafeCell"),
                        tuple(8, "name_vi", "sheet.unsafeCell"),
                        tuple(9, "name_vi", "sheet.unsafeCell"),
                        tuple(10, "ranked", "sheet.yesNo"),
                        tuple(11, "replaces", "sheet.unknownCode"),
                        tuple(12, "code", "sheet.codePattern"));
        assertThat(dryRun.problems().get(0).args()).containsExactly(prefix + "_A", "2");

        UnitImportResult commit = imports.commit(file, false);
        assertThat(commit.saved()).isFalse();
        assertThat(commit.problems()).hasSameSizeAs(dryRun.problems());
        assertThat(unitsOfBlock()).isEmpty();
    }

    @Test
    void emptyOversizedAndNonXlsxFilesAreRefused() {
        assertThat(imports.dryRun(new byte[0], false).problems())
                .extracting(RowProblem::messageKey)
                .containsExactly("sheet.empty");
        assertThat(imports.dryRun(new byte[Spreadsheets.MAX_BYTES + 1], false).problems())
                .extracting(RowProblem::messageKey)
                .containsExactly("sheet.tooLarge");
        assertThat(imports.dryRun("code;name_vi\nA;B".getBytes(), false).problems())
                .extracting(RowProblem::messageKey)
                .containsExactly("import.notXlsx");
        byte[] zipNotXlsx = {'P', 'K', 3, 4, 0, 0, 0, 0};
        assertThat(imports.commit(zipNotXlsx, false).problems())
                .extracting(RowProblem::messageKey)
                .containsExactly("import.notXlsx");
        assertThat(imports.dryRun(Xlsx.of(UnitImport.COLUMNS, List.of()), false).problems())
                .extracting(RowProblem::messageKey)
                .containsExactly("sheet.noRows");
        assertThat(imports.dryRun(Xlsx.of(List.of("username", "full_name"), List.of(List.of("a", "b"))), false)
                        .problems())
                .extracting(RowProblem::messageKey)
                .containsExactly("sheet.header");
    }

    @Test
    void aCommitSavesEveryRowAndALaterFileUpdatesByCodeAndDeactivatesOnlyWhenAsked() {
        byte[] first = Xlsx.of(
                UnitImport.COLUMNS,
                List.of(
                        headed(prefix + "_OLD1", "Xã Cũ Một", block, "Trần Văn Một", "2023-01-01", ""),
                        headed(prefix + "_OLD2", "Xã Cũ Hai", block, "Lê Thị Hai", "2023-01-01", ""),
                        headed(
                                prefix + "_NEW",
                                "Xã Mới",
                                block,
                                "Phạm Văn Ba",
                                "2025-07-01",
                                prefix + "_OLD1, " + prefix + "_OLD2")));
        UnitImportResult dryRun = imports.dryRun(first, false);
        assertThat(dryRun.ok()).isTrue();
        assertThat(dryRun.created()).isEqualTo(3);
        assertThat(unitsOfBlock()).as("a dry run saves nothing").isEmpty();

        UnitImportResult saved = imports.commit(first, false);
        assertThat(saved.saved()).isTrue();
        assertThat(saved.created()).isEqualTo(3);
        UnitSummary merged = unit(prefix + "_NEW");
        assertThat(merged.headName()).isEqualTo("Phạm Văn Ba");
        assertThat(directory.predecessors(merged.id())).containsExactly(prefix + "_OLD1", prefix + "_OLD2");

        // The same file again changes nothing.
        UnitImportResult again = imports.commit(first, false);
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(3);

        // The merged unit's head changes in 2026; the old units leave the file.
        byte[] second = Xlsx.of(
                UnitImport.COLUMNS,
                List.of(headed(
                        prefix + "_NEW",
                        "Xã Mới (đổi tên)",
                        block,
                        "Đỗ Thị Bốn",
                        "2026-03-01",
                        prefix + "_OLD1, " + prefix + "_OLD2")));
        UnitImportResult kept = imports.commit(second, false);
        assertThat(kept.updated()).isEqualTo(1);
        assertThat(kept.deactivated()).isZero();
        assertThat(unit(prefix + "_OLD1").active())
                .as("not asked to deactivate")
                .isTrue();
        assertThat(unit(prefix + "_NEW").nameVi()).isEqualTo("Xã Mới (đổi tên)");

        UnitImportResult deactivating = imports.commit(second, true);
        assertThat(deactivating.deactivated()).isEqualTo(2);
        assertThat(unit(prefix + "_OLD1").active()).isFalse();
        assertThat(unit(prefix + "_OLD2").active()).isFalse();
        assertThat(unit(prefix + "_NEW").active()).isTrue();
        assertThat(unit("SGTVT").active()).as("other blocks are never touched").isTrue();

        // Each year's results name the head in office that year.
        assertThat(directory.headInOffice(merged.id(), 2025))
                .get()
                .extracting(HeadTerm::name)
                .isEqualTo("Phạm Văn Ba");
        assertThat(directory.headInOffice(merged.id(), 2026))
                .get()
                .extracting(HeadTerm::name)
                .isEqualTo("Đỗ Thị Bốn");
        assertThat(directory.headInOffice(merged.id(), 2024)).isEmpty();
        assertThat(directory.heads(merged.id()))
                .extracting(HeadTerm::name, HeadTerm::from, HeadTerm::to)
                .containsExactly(
                        tuple("Đỗ Thị Bốn", LocalDate.of(2026, 3, 1), null),
                        tuple("Phạm Văn Ba", LocalDate.of(2025, 7, 1), LocalDate.of(2026, 2, 28)));
        assertThat(directory.headsInOffice(2025)).containsKey(merged.id());
    }

    @Test
    void aCommitInsertsInBatches() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            rows.add(headed(prefix + "_" + i, "Xã số " + i, block, "Chủ tịch " + i, "2025-07-01", ""));
        }
        byte[] file = Xlsx.of(UnitImport.COLUMNS, rows);
        JdbcRoundTrips.reset();
        UnitImportResult saved = imports.commit(file, false);
        long executions = JdbcRoundTrips.executions();
        long batches = JdbcRoundTrips.batches();
        System.out.printf("PERF unit import of 120 rows: %d statements, %d batches%n", executions, batches);
        assertThat(saved.created()).isEqualTo(120);
        // 120 units, 120 head terms and 121 audit events in batches of 50: 3 + 3 + 3 batches; the
        // statements are the reads (blocks, units, terms) and the sequences' next values, never one per row.
        assertThat(batches).isLessThanOrEqualTo(10);
        assertThat(executions).isLessThan(30);
        assertThat(unitsOfBlock()).hasSize(120);
    }

    private List<UnitSummary> unitsOfBlock() {
        SignIn.as(context, "admin");
        return directory.units().stream()
                .filter(unit -> unit.blockCode().equals(block))
                .toList();
    }

    private UnitSummary unit(String code) {
        return directory.units().stream()
                .filter(unit -> unit.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> row(
            String code, String nameVi, String nameEn, String block, String ranked, String replaces) {
        return List.of(
                code, nameVi, nameEn, nameEn.isEmpty() ? "X" : nameEn, block, "", "", "", ranked, "", "", replaces);
    }

    private static List<String> headed(
            String code, String name, String block, String head, String since, String replaces) {
        return List.of(
                code,
                name,
                name + " (en)",
                name,
                block,
                head,
                "Chủ tịch UBND",
                "Chairperson",
                "có",
                "không",
                since,
                replaces);
    }
}
