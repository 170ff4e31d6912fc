package vn.parindex.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.parindex.criteria.CriteriaTestSupport.block;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.period.PeriodAdministration;
import vn.parindex.period.PeriodDirectory;
import vn.parindex.support.PortalIntegrationTest;
import vn.parindex.support.SignIn;

@PortalIntegrationTest
class CriteriaTransferTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    CriteriaTransfer transfer;

    @Autowired
    CriteriaCatalog catalog;

    @Autowired
    PeriodAdministration periodAdministration;

    @Autowired
    PeriodDirectory periods;

    @Autowired
    OrganizationDirectory organization;

    private long source2024;
    private long target;

    @BeforeEach
    void prepare() {
        SignIn.as(context, "noivu");
        long blockId = block(organization, "DISTRICT").id();
        source2024 = catalog.set(periods.byYear(2024).orElseThrow().id(), blockId)
                .orElseThrow()
                .setId();
        int year = Math.max(2030, periods.periods().get(0).year() + 1);
        long periodId = periodAdministration.createPeriod(year, "Kỳ thử " + year, "Test period " + year);
        target = catalog.set(periodId, blockId).orElseThrow().setId();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void exportThenImportGivesAnEqualTree() {
        byte[] file = transfer.export(source2024);
        CriteriaTree emptied = catalog.tree(target);
        assertThat(transfer.importInto(target, new ByteArrayInputStream(file))).isEmpty();
        CriteriaTree imported = catalog.tree(target);
        assertThat(imported.allNodes().stream()
                        .map(CriteriaTestSupport::describe)
                        .toList())
                .containsExactlyElementsOf(catalog.tree(source2024).allNodes().stream()
                        .map(CriteriaTestSupport::describe)
                        .toList());
        assertThat(imported.problems()).isEmpty();
        assertThat(imported.allNodes())
                .extracting(CriteriaNodeView::id)
                .doesNotContainAnyElementsOf(
                        emptied.allNodes().stream().map(CriteriaNodeView::id).toList());
    }

    @Test
    void aFileWithAMissingColumnSavesNothing() throws IOException {
        assertRejected(edit(sheet -> sheet.getRow(0).getCell(4).setCellValue("diem")), 1, "import.missingColumn");
    }

    @Test
    void nonNumericPointsAreReportedWithTheirRow() throws IOException {
        assertRejected(edit(sheet -> sheet.getRow(3).getCell(4).setCellValue("một")), 4, "import.points");
    }

    @Test
    void aDuplicateCodeIsReportedWithTheirRow() throws IOException {
        assertRejected(
                edit(sheet -> sheet.getRow(4)
                        .getCell(0)
                        .setCellValue(sheet.getRow(3).getCell(0).getStringCellValue())),
                5,
                "import.duplicateCode");
    }

    @Test
    void childrenNotSummingToTheirParentAreReported() throws IOException {
        // Row 3 is component 1.1.1 (1 point); its criterion 1.1 on row 2 no longer adds up.
        List<ImportProblem> problems =
                rejected(edit(sheet -> sheet.getRow(2).getCell(4).setCellValue(2)));
        assertThat(problems)
                .extracting(ImportProblem::row, ImportProblem::messageKey)
                .contains(org.assertj.core.groups.Tuple.tuple(2, "import.childrenSum"));
    }

    @Test
    void everyProblemOfAFileIsReportedAtOnce() throws IOException {
        List<ImportProblem> problems = rejected(edit(sheet -> {
            sheet.getRow(3).getCell(4).setCellValue("abc");
            sheet.getRow(5).getCell(1).setCellValue("LEVEL_X");
        }));
        assertThat(problems).extracting(ImportProblem::row).contains(4, 6);
    }

    @Test
    void somethingThatIsNotAWorkbookIsRefused() {
        assertThat(transfer.importInto(target, new ByteArrayInputStream("MZ not excel".getBytes())))
                .extracting(ImportProblem::messageKey)
                .containsExactly("import.notXlsx");
    }

    private void assertRejected(byte[] file, int row, String key) {
        assertThat(rejected(file))
                .extracting(ImportProblem::row, ImportProblem::messageKey)
                .contains(org.assertj.core.groups.Tuple.tuple(row, key));
    }

    private List<ImportProblem> rejected(byte[] file) {
        List<String> before = catalog.tree(target).allNodes().stream()
                .map(CriteriaTestSupport::describe)
                .toList();
        List<ImportProblem> problems = transfer.importInto(target, new ByteArrayInputStream(file));
        assertThat(problems).isNotEmpty();
        assertThat(catalog.tree(target).allNodes().stream()
                        .map(CriteriaTestSupport::describe)
                        .toList())
                .as("nothing saved")
                .isEqualTo(before);
        return problems;
    }

    private byte[] edit(Consumer<Sheet> change) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(transfer.export(source2024)));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                for (int c = 0; c < 12; c++) {
                    if (row.getCell(c) == null) {
                        row.createCell(c);
                    }
                }
            }
            change.accept(sheet);
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
