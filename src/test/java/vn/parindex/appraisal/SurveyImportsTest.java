package vn.parindex.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.parindex.appraisal.internal.SurveyFileReader;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.organization.UnitSummary;
import vn.parindex.period.Phase;
import vn.parindex.security.Role;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.support.Accounts;
import vn.parindex.support.PortalIntegrationTest;
import vn.parindex.support.SignIn;

/**
 * Survey import: the dry run reports every kind of problem with its row, only a clean file is saved,
 * a new import replaces (and keeps) the earlier one, and what is refused changes nothing.
 */
@PortalIntegrationTest
class SurveyImportsTest {

    private static final int YEAR = 2050;
    private static Long periodId;

    @Autowired
    ApplicationContext context;

    @Autowired
    SurveyImports surveys;

    @Autowired
    OrganizationDirectory organization;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        if (periodId == null) {
            periodId = AppraisalRows.period(context, YEAR, Phase.FINAL_APPRAISAL);
        }
        SignIn.as(context, "noivu");
    }

    @AfterEach
    void signOut() {
        AppraisalRows.phase(jdbc, periodId, Phase.FINAL_APPRAISAL);
        SignIn.out();
    }

    @Test
    void theDryRunListsEveryProblemWithItsRowAndNothingIsSaved() {
        List<UnitSummary> units = activeUnits();
        UnitSummary first =
                units.stream().filter(u -> !u.code().equals("SNV")).findFirst().orElseThrow();
        UnitSummary partial = units.stream()
                .filter(u -> !u.code().equals("SNV") && u.id() != first.id())
                .findFirst()
                .orElseThrow();
        UnitSummary missing = units.get(units.size() - 1);
        StringBuilder csv = new StringBuilder("unit_code,component_code,points\n");
        csv.append("NOPE,2.1.1,5\n"); // row 2
        csv.append(first.code()).append(",9.9.9,5\n"); // row 3
        csv.append(first.code()).append(",2.1.1,10.5\n"); // row 4: above 10
        csv.append(first.code()).append(",2.1.2,1.234\n"); // row 5
        csv.append(partial.code()).append(",2.1.1,abc\n"); // row 6
        csv.append(partial.code()).append(",2.1.2,\"7,5\"\n"); // row 7: a decimal comma is fine
        csv.append(partial.code()).append(",2.1.2,8\n"); // row 8: duplicate of row 7
        csv.append("SNV,2.1.1,5\n"); // row 9: the importer's own unit
        csv.append(first.code()).append(",2.1.1,-1\n"); // row 10: duplicate of row 4
        boolean oneComponentOnly = true;
        for (UnitSummary unit : units) {
            if (!unit.code().equals("SNV")
                    && unit.id() != first.id()
                    && unit.id() != partial.id()
                    && unit.id() != missing.id()) {
                csv.append(unit.code()).append(",2.1.1,5\n");
                if (!oneComponentOnly) {
                    csv.append(unit.code()).append(",2.1.2,10\n");
                }
                oneComponentOnly = false;
            }
        }
        int before = surveys.imports(periodId).size();

        SurveyDryRun dryRun = surveys.dryRun(periodId, "survey.csv", bytes(csv.toString()));

        assertThat(dryRun.committable()).isFalse();
        assertThat(dryRun.problems())
                .extracting(SurveyProblem::row, SurveyProblem::messageKey)
                .contains(
                        tuple(2, "survey.row.unknownUnit"),
                        tuple(3, "survey.row.unknownComponent"),
                        tuple(4, "survey.row.pointsRange"),
                        tuple(5, "survey.row.pointsDecimals"),
                        tuple(6, "survey.row.pointsInvalid"),
                        tuple(8, "survey.row.duplicate"),
                        tuple(9, "survey.row.ownUnit"),
                        tuple(10, "survey.row.duplicate"),
                        tuple(0, "survey.missing.unit"),
                        tuple(0, "survey.missing.component"));
        assertThat(dryRun.problems()).noneMatch(p -> p.row() == 7);
        assertThat(dryRun.problems())
                .filteredOn(p -> p.messageKey().equals("survey.missing.unit"))
                .extracting(SurveyProblem::arguments)
                .containsExactly(List.of(missing.code()));
        assertThat(dryRun.problems())
                .filteredOn(p -> p.row() == 8)
                .extracting(SurveyProblem::arguments)
                .containsExactly(List.of(partial.code(), "2.1.2", "7"));
        assertThat(dryRun.problems())
                .filteredOn(p -> p.row() == 4)
                .extracting(SurveyProblem::arguments)
                .containsExactly(List.of("10.5", "10"));
        // The importer's own unit need not be in the file: it is left as it was.
        assertThat(dryRun.problems()).noneMatch(p -> p.arguments().contains("SNV") && p.row() == 0);

        assertThatThrownBy(() -> surveys.commit(periodId, "survey.csv", bytes(csv.toString())))
                .isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageKey", "survey.commit.problems");
        assertThat(surveys.imports(periodId)).hasSize(before);
    }

    @Test
    void aCleanFileIsCommittedAndANewImportReplacesTheEarlierOneKeepingIt() throws IOException {
        // The secretariat of another unit than SNV (here: none) imports every unit, SNV included.
        String other = Accounts.create(context, Role.SECRETARIAT, null);
        SignIn.as(context, other, Accounts.PASSWORD);
        UnitSummary snv = activeUnits().stream()
                .filter(u -> u.code().equals("SNV"))
                .findFirst()
                .orElseThrow();
        UnitSummary scored = activeUnits().stream()
                .filter(u -> !u.code().equals("SNV"))
                .findFirst()
                .orElseThrow();
        long appraisal = AppraisalRows.appraisal(jdbc, periodId, scored.id(), "FINAL", false);
        AppraisalRows.item(
                jdbc,
                appraisal,
                AppraisalRows.node(jdbc, periodId, scored.id(), "1.1.1"),
                new BigDecimal("35"),
                new BigDecimal("32"),
                new BigDecimal("31.5"),
                "hoidong1");

        SurveyDryRun first = surveys.dryRun(periodId, "dot1.csv", bytes(csvOfAll("6", "12.25", null)));
        assertThat(first.problems()).isEmpty();
        assertThat(first.committable()).isTrue();
        SurveyUnitEffect effect = effects(first).get(scored.id());
        assertThat(effect.surveyAfter()).isEqualByComparingTo("18.25");
        assertThat(effect.totalBefore())
                .isEqualByComparingTo(effect.surveyBefore().add(new BigDecimal("31.5")));
        assertThat(effect.totalAfter()).isEqualByComparingTo("49.75");
        long firstId = surveys.commit(periodId, "dot1.csv", bytes(csvOfAll("6", "12.25", null)));

        assertThat(surveys.imports(periodId).get(0))
                .extracting(SurveyImportSummary::id, SurveyImportSummary::active, SurveyImportSummary::importedBy)
                .containsExactly(firstId, true, other);
        assertThat(points(firstId, snv.id())).isEqualByComparingTo("18.25");

        // noivu (of SNV) imports again, as XLSX: SNV is left out and keeps its points.
        SignIn.as(context, "noivu");
        byte[] xlsx = xlsxOfAll("7", "13", "SNV");
        SurveyDryRun second = surveys.dryRun(periodId, "dot2.xlsx", xlsx);
        assertThat(second.problems()).isEmpty();
        assertThat(effects(second).get(scored.id()).surveyBefore()).isEqualByComparingTo("18.25");
        assertThat(effects(second).get(scored.id()).surveyAfter()).isEqualByComparingTo("20");
        assertThat(effects(second).get(snv.id()).change()).isEqualByComparingTo("0");
        long secondId = surveys.commit(periodId, "dot2.xlsx", xlsx);

        List<SurveyImportSummary> history = surveys.imports(periodId);
        assertThat(history)
                .filteredOn(i -> i.id() == firstId || i.id() == secondId)
                .extracting(SurveyImportSummary::id, SurveyImportSummary::active)
                .containsExactly(tuple(secondId, true), tuple(firstId, false));
        assertThat(history).filteredOn(SurveyImportSummary::active).hasSize(1);
        assertThat(points(firstId, scored.id())).isEqualByComparingTo("18.25");
        assertThat(points(secondId, scored.id())).isEqualByComparingTo("20");
        assertThat(points(secondId, snv.id())).isEqualByComparingTo("18.25");
        assertThat(jdbc.queryForList(
                        "select action from audit_event where entity_type = 'SURVEY_IMPORT' and entity_id in (?, ?)"
                                + " order by id",
                        String.class,
                        String.valueOf(firstId),
                        String.valueOf(secondId)))
                .containsExactly("SURVEY_IMPORTED", "SURVEY_IMPORT_REPLACED", "SURVEY_IMPORTED");

        // The template holds every unit and component but the caller's own, with the stored points:
        // imported as it is, it is clean.
        byte[] template = surveys.template(periodId, Locale.ENGLISH);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = workbook.getSheetAt(0);
            int expectedRows = (int) activeUnits().stream()
                            .filter(u -> !u.code().equals("SNV"))
                            .count()
                    * 2;
            assertThat(sheet.getLastRowNum()).isEqualTo(expectedRows);
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isPositive();
        }
        assertThat(surveys.dryRun(periodId, "template.xlsx", template).problems())
                .isEmpty();
    }

    @Test
    void anUnquotedDecimalCommaIsReportedRatherThanReadAsAWholeNumber() {
        UnitSummary unit = activeUnits().stream()
                .filter(u -> !u.code().equals("SNV"))
                .findFirst()
                .orElseThrow();
        String csv = "unit_code,component_code,points\n" + unit.code() + ",2.1.2,7,5\n";

        SurveyDryRun dryRun = surveys.dryRun(periodId, "comma.csv", bytes(csv));

        assertThat(dryRun.committable()).isFalse();
        assertThat(dryRun.problems())
                .filteredOn(p -> p.row() == 2)
                .extracting(SurveyProblem::messageKey, SurveyProblem::arguments)
                .containsExactly(tuple("survey.row.splitDecimal", List.of("7,5")));
    }

    @Test
    void filesThatAreEmptyTooLargeOfAnotherKindOrCutShortAreRefusedAsAWhole() throws IOException {
        byte[] xlsx = xlsxOfAll("5", "10", "SNV");
        assertRefused("a.csv", new byte[0], "survey.file.empty");
        assertRefused("a.csv", new byte[SurveyFileReader.MAX_BYTES + 1], "survey.file.tooLarge");
        assertRefused("a.txt", bytes("SNV,2.1.1,5"), "survey.file.type");
        assertRefused("a.xlsx", "%PDF-1.7 not a workbook".getBytes(StandardCharsets.ISO_8859_1), "survey.file.type");
        assertRefused("a.csv", xlsx, "survey.file.type");
        assertRefused("a.csv", new byte[] {(byte) 0xC3, (byte) 0x28, 'a', ','}, "survey.file.type");
        assertRefused("a.xlsx", Arrays.copyOf(xlsx, xlsx.length / 2), "survey.file.malformed");
        assertRefused("a.csv", bytes("unit_code,component_code,points\nHNS,\"2.1.1,5\n"), "survey.file.malformed");
        assertRefused("a.csv", bytes("unit_code,component_code,points\n\n"), "survey.file.noRows");
    }

    @Test
    void formulaCellsAreNeverEvaluated() throws IOException {
        UnitSummary unit = activeUnits().stream()
                .filter(u -> !u.code().equals("SNV"))
                .findFirst()
                .orElseThrow();
        try (Workbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Row row = workbook.createSheet().createRow(0);
            row.createCell(0).setCellValue(unit.code());
            row.createCell(1).setCellValue("2.1.1");
            row.createCell(2).setCellFormula("2+3");
            workbook.write(out);
            SurveyDryRun dryRun = surveys.dryRun(periodId, "f.xlsx", out.toByteArray());
            assertThat(dryRun.problems())
                    .extracting(SurveyProblem::row, SurveyProblem::messageKey)
                    .contains(tuple(1, "survey.row.formula"));
        }
    }

    @Test
    void wrongRoleWrongPhaseAndAStartedVoteAreRefused() {
        byte[] csv = bytes(csvOfAll("5", "10", "SNV"));
        SignIn.as(context, "hoidong1");
        assertThatThrownBy(() -> surveys.dryRun(periodId, "a.csv", csv)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> surveys.commit(periodId, "a.csv", csv)).isInstanceOf(AccessDeniedException.class);
        SignIn.as(context, "namsach");
        assertThatThrownBy(() -> surveys.template(periodId, Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);

        SignIn.as(context, "noivu");
        int before = surveys.imports(periodId).size();
        AppraisalRows.phase(jdbc, periodId, Phase.SELF_ASSESSMENT);
        assertThatThrownBy(() -> surveys.commit(periodId, "a.csv", csv))
                .isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageKey", "survey.phase");
        AppraisalRows.phase(jdbc, periodId, Phase.COUNCIL_APPROVAL);
        long blockId = organization.blocks().get(0).id();
        AppraisalRows.approved(jdbc, periodId, blockId);
        try {
            assertThatThrownBy(() -> surveys.commit(periodId, "a.csv", csv))
                    .isInstanceOf(BusinessRuleException.class)
                    .hasFieldOrPropertyWithValue("messageKey", "survey.votingStarted");
        } finally {
            jdbc.update("delete from block_decision where period_id = ?", periodId);
        }
        assertThat(surveys.imports(periodId)).hasSize(before);
    }

    private void assertRefused(String name, byte[] content, String key) {
        assertThatThrownBy(() -> surveys.dryRun(periodId, name, content))
                .as(key)
                .isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageKey", key);
    }

    private List<UnitSummary> activeUnits() {
        return organization.units().stream().filter(UnitSummary::active).toList();
    }

    private String csvOfAll(String first, String second, String except) {
        StringBuilder csv = new StringBuilder("unit_code;component_code;points\n");
        for (UnitSummary unit : activeUnits()) {
            if (!unit.code().equals(except)) {
                csv.append(unit.code())
                        .append(";2.1.1;")
                        .append(first.replace('.', ','))
                        .append('\n');
                csv.append(unit.code())
                        .append(";2.1.2;")
                        .append(second.replace('.', ','))
                        .append('\n');
            }
        }
        return csv.toString();
    }

    private byte[] xlsxOfAll(String first, String second, String except) throws IOException {
        try (Workbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet();
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("unit_code");
            header.createCell(1).setCellValue("component_code");
            header.createCell(2).setCellValue("points");
            int r = 1;
            for (UnitSummary unit : activeUnits()) {
                if (unit.code().equals(except)) {
                    continue;
                }
                for (String[] pair : List.of(new String[] {"2.1.1", first}, new String[] {"2.1.2", second})) {
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(unit.code());
                    row.createCell(1).setCellValue(pair[0]);
                    row.createCell(2).setCellValue(Double.parseDouble(pair[1]));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private Map<Long, SurveyUnitEffect> effects(SurveyDryRun dryRun) {
        return dryRun.effects().stream().collect(Collectors.toMap(SurveyUnitEffect::unitId, Function.identity()));
    }

    private BigDecimal points(long importId, long unitId) {
        return jdbc.queryForObject(
                "select coalesce(sum(points), 0) from survey_point where import_id = ? and unit_id = ?",
                BigDecimal.class,
                importId,
                unitId);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
