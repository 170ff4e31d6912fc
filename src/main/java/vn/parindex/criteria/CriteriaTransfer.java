package vn.parindex.criteria;

import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import vn.parindex.security.Role;

/**
 * Exports a criteria set as the XLSX table a province would publish, and imports one. An import is
 * checked as a whole first; a file with any problem saves nothing and every problem is reported with
 * its row number.
 */
@Service
public class CriteriaTransfer {

    private final CriteriaCatalog catalog;
    private final CriteriaEditor editor;

    CriteriaTransfer(CriteriaCatalog catalog, CriteriaEditor editor) {
        this.catalog = catalog;
        this.editor = editor;
    }

    @PreAuthorize("isAuthenticated()")
    public byte[] export(long setId) {
        CriteriaTree tree = catalog.tree(setId);
        try (Workbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Bo tieu chi " + tree.year());
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < CriteriaRows.COLUMNS.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(CriteriaRows.COLUMNS.get(i));
                cell.setCellStyle(bold);
            }
            int rowIndex = 1;
            for (CriteriaNodeView node : tree.allNodes()) {
                Row row = sheet.createRow(rowIndex++);
                row.createCell(0).setCellValue(node.code());
                row.createCell(1).setCellValue(node.level().name());
                row.createCell(2).setCellValue(node.nameVi());
                row.createCell(3).setCellValue(node.nameEn());
                if (node.maxPoints() != null && node.level() != NodeLevel.ADJUSTMENT) {
                    row.createCell(4).setCellValue(node.maxPoints().doubleValue());
                }
                if (node.method() != null) {
                    row.createCell(5).setCellValue(node.method().name());
                }
                if (node.method() == ScoringMethod.RANGE && node.scoring().step() != null) {
                    boolean fullRange = (node.scoring().rangeMin() == null
                                    || node.scoring().rangeMin().signum() == 0)
                            && (node.scoring().rangeMax() == null
                                    || node.scoring().rangeMax().compareTo(node.maxPoints()) == 0);
                    if (fullRange) {
                        row.createCell(6).setCellValue(node.scoring().step().doubleValue());
                    } else {
                        row.createCell(6)
                                .setCellValue(plain(node.scoring().rangeMin()) + ":"
                                        + plain(node.scoring().rangeMax()) + ":"
                                        + plain(node.scoring().step()));
                    }
                } else if (node.method() == ScoringMethod.ADJUSTMENT) {
                    row.createCell(6)
                            .setCellValue(plain(node.scoring().rangeMin()) + ":"
                                    + plain(node.scoring().rangeMax()));
                }
                if (node.method() == ScoringMethod.CHOICES) {
                    row.createCell(7)
                            .setCellValue(
                                    CriteriaRows.formatChoices(node.scoring().choices(), false));
                    row.createCell(8)
                            .setCellValue(
                                    CriteriaRows.formatChoices(node.scoring().choices(), true));
                }
                row.createCell(9).setCellValue(node.evidenceRequired() ? "Y" : "N");
                if (node.guidanceVi() != null) {
                    row.createCell(10).setCellValue(node.guidanceVi());
                }
                if (node.guidanceEn() != null) {
                    row.createCell(11).setCellValue(node.guidanceEn());
                }
            }
            sheet.setColumnWidth(0, 8 * 256);
            sheet.setColumnWidth(2, 60 * 256);
            sheet.setColumnWidth(3, 50 * 256);
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks the whole file; saves it only when it has no problem. Returns the problems found. */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public List<ImportProblem> importInto(long setId, InputStream file) {
        List<List<String>> table;
        try (Workbook workbook = new XSSFWorkbook(file)) {
            table = read(workbook.getSheetAt(0));
        } catch (IOException | RuntimeException e) {
            return List.of(new ImportProblem(1, "import.notXlsx", List.of()));
        }
        CriteriaRows.Parsed parsed = CriteriaRows.parse(table, 1);
        if (!parsed.ok()) {
            return parsed.problems();
        }
        editor.replaceAll(setId, parsed.nodes());
        return List.of();
    }

    private static List<List<String>> read(Sheet sheet) {
        DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
        List<List<String>> table = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            if (row != null) {
                for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                    Cell cell = row.getCell(c);
                    if (cell == null) {
                        cells.add("");
                    } else if (cell.getCellType() == CellType.NUMERIC) {
                        cells.add(BigDecimal.valueOf(cell.getNumericCellValue())
                                .stripTrailingZeros()
                                .toPlainString());
                    } else {
                        cells.add(formatter.formatCellValue(cell));
                    }
                }
            }
            table.add(cells);
        }
        return table;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
