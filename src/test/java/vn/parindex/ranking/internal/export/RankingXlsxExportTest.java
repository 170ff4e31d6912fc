package vn.parindex.ranking.internal.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.parindex.ranking.BlockResults;
import vn.parindex.shared.Locales;

class RankingXlsxExportTest {

    private static final int FIRST = RankingXlsxExport.HEADER_ROW + 1;
    private final DataFormatter shown = new DataFormatter(Locale.US);

    @Test
    void titleRowsThenTheOfficialTableWithNumericCells() throws IOException {
        try (XSSFWorkbook workbook = read(ExportFixtures.departments2023(true), Locales.VIETNAMESE)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Xếp hạng");
            assertThat(text(sheet, 0, 0)).isEqualTo("TỈNH HẢI DƯƠNG");
            assertThat(text(sheet, 1, 0)).isEqualTo("KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023");
            assertThat(text(sheet, 2, 0)).isEqualTo("Khối: Khối sở, ban, ngành");
            assertThat(text(sheet, 3, 0)).isEqualTo("Công bố lần 1 ngày 15/03/2024, Quyết định số 123/QĐ-UBND");

            Row header = sheet.getRow(RankingXlsxExport.HEADER_ROW);
            assertThat(header.getLastCellNum()).isEqualTo((short) 15);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("STT");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Đơn vị");
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("Tổng điểm");
            assertThat(header.getCell(3).getStringCellValue()).isEqualTo("Chỉ số (%)");
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("Xếp hạng");
            assertThat(header.getCell(5).getStringCellValue()).isEqualTo("Thay đổi so với năm 2022");
            assertThat(header.getCell(6).getStringCellValue()).isEqualTo("Xếp loại");
            assertThat(header.getCell(7).getStringCellValue())
                    .isEqualTo("1. Công tác chỉ đạo, điều hành cải cách hành chính (%)");
            assertThat(header.getCell(14).getStringCellValue()).isEqualTo("8. Điều tra xã hội học (%)");

            Row transport = sheet.getRow(FIRST);
            assertNumber(transport.getCell(0), 1, "0");
            assertThat(transport.getCell(1).getStringCellValue()).isEqualTo("Sở Giao thông vận tải");
            assertNumber(transport.getCell(2), 92.86, "0.00");
            assertNumber(transport.getCell(3), 92.86, "0.00");
            assertNumber(transport.getCell(4), 1, "0");
            assertNumber(transport.getCell(5), 0, "+0;-0;\"=\"");
            assertThat(shown.formatCellValue(transport.getCell(5))).isEqualTo("=");
            assertThat(transport.getCell(6).getStringCellValue()).isEqualTo("Tốt");
            assertNumber(transport.getCell(7), 92.86, "0.00");
            assertNumber(transport.getCell(14), 91.11, "0.00");

            Row education = sheet.getRow(FIRST + 2);
            assertThat(shown.formatCellValue(education.getCell(5))).isEqualTo("+1");
            assertThat(education.getCell(5).getNumericCellValue()).isEqualTo(1);
            assertThat(shown.formatCellValue(sheet.getRow(FIRST + 3).getCell(5)))
                    .isEqualTo("-1");
            // the tie: 5, 5, then 7
            assertThat(sheet.getRow(FIRST + 4).getCell(4).getNumericCellValue()).isEqualTo(5);
            assertThat(sheet.getRow(FIRST + 5).getCell(4).getNumericCellValue()).isEqualTo(5);
            assertThat(sheet.getRow(FIRST + 5).getCell(1).getStringCellValue())
                    .isEqualTo("Sở Văn hóa, Thể thao và Du lịch");
            assertThat(sheet.getRow(FIRST + 6).getCell(4).getNumericCellValue()).isEqualTo(7);
            // a unit without last year's rank
            Cell justiceChange = sheet.getRow(FIRST + 8).getCell(5);
            assertThat(justiceChange.getCellType()).isEqualTo(CellType.STRING);
            assertThat(justiceChange.getStringCellValue()).isEqualTo("mới");
            Row health = sheet.getRow(FIRST + 17);
            assertThat(health.getCell(1).getStringCellValue()).isEqualTo("Sở Y tế");
            assertNumber(health.getCell(3), 72.05, "0.00");
            assertThat(health.getCell(6).getStringCellValue()).isEqualTo("Trung bình");

            // a blank row, then the units not ranked with the reason
            assertThat(sheet.getRow(FIRST + 18)).isNull();
            assertThat(text(sheet, FIRST + 19, 0)).isEqualTo("Đơn vị không xếp hạng");
            assertThat(text(sheet, FIRST + 20, 2)).isEqualTo("Lý do");
            Row board = sheet.getRow(FIRST + 21);
            assertNumber(board.getCell(0), 1, "0");
            assertThat(board.getCell(1).getStringCellValue()).isEqualTo("Ban Dân tộc tỉnh");
            assertThat(board.getCell(2).getStringCellValue())
                    .isEqualTo("Hội đồng thẩm định quyết định không xếp hạng: thành lập tháng 10/2023, chưa đủ 6 tháng"
                            + " hoạt động");
            assertThat(sheet.getLastRowNum()).isEqualTo(FIRST + 21);
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) FIRST);
        }
    }

    @Test
    void englishTextsAndADraftSaysSo() throws IOException {
        try (XSSFWorkbook workbook = read(ExportFixtures.departments2023(false), Locales.ENGLISH)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Ranking");
            assertThat(text(sheet, 0, 0)).isEqualTo("HAI DUONG PROVINCE");
            assertThat(text(sheet, 1, 0)).isEqualTo("ADMINISTRATIVE REFORM INDEX 2023: RESULTS");
            assertThat(text(sheet, 3, 0)).isEqualTo("DRAFT: results not published, they may still change");
            assertThat(text(sheet, RankingXlsxExport.HEADER_ROW, 5)).isEqualTo("Change since 2022");
            assertThat(text(sheet, FIRST, 1)).isEqualTo("Department of Transport");
            assertThat(text(sheet, FIRST, 6)).isEqualTo("Good");
            assertThat(shown.formatCellValue(sheet.getRow(FIRST).getCell(3))).isEqualTo("92.86");
            assertThat(text(sheet, FIRST + 8, 5)).isEqualTo("new");
        }
    }

    @Test
    void aUnitNamedLikeAFormulaStaysText() throws IOException {
        BlockResults fixture = ExportFixtures.departments2023(true);
        var first = fixture.ranked().get(0);
        var hostile = new vn.parindex.ranking.UnitResultRow(
                first.unitId(),
                "X",
                "=HYPERLINK(\"http://evil\")",
                "=1+1",
                "x",
                first.total(),
                first.adjustments(),
                first.applicableMaximum(),
                first.index(),
                1,
                1,
                first.change(),
                first.band(),
                first.areas());
        BlockResults results = new BlockResults(
                fixture.periodId(),
                fixture.year(),
                fixture.blockId(),
                fixture.blockNameVi(),
                fixture.blockNameEn(),
                fixture.areas(),
                java.util.List.of(hostile),
                java.util.List.of(),
                fixture.publication());
        try (XSSFWorkbook workbook = read(results, Locales.VIETNAMESE)) {
            Cell name = workbook.getSheetAt(0).getRow(FIRST).getCell(1);
            assertThat(name.getCellType()).isEqualTo(CellType.STRING);
            assertThat(name.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://evil\")");
        }
    }

    static byte[] xlsx(BlockResults results, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RankingXlsxExport.write(
                results, Locales.isEnglish(locale) ? "Hai Duong Province" : "Tỉnh Hải Dương", locale, out);
        return out.toByteArray();
    }

    private static XSSFWorkbook read(BlockResults results, Locale locale) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx(results, locale)));
    }

    private static String text(Sheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }

    private static void assertNumber(Cell cell, double value, String format) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).isEqualTo(value);
        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo(format);
    }
}
