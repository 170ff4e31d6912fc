package vn.parindex.shared;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads and writes the plain one-sheet XLSX files of the portal's imports. Cells are read as text
 * and nothing is ever evaluated: a formula cell yields its cached value and is marked, and so is
 * text that a spreadsheet would take for a formula or that carries a script, so the import refuses
 * both instead of storing them.
 */
public final class Spreadsheets {

    /** Larger files are refused before they are opened. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    /** At most this many rows (header included). */
    public static final int MAX_ROWS = 20_000;

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu");

    private Spreadsheets() {}

    /** One spreadsheet row as text; {@code unsafe} holds the columns with a formula or script. */
    public record SheetRow(int number, List<String> cells, Set<Integer> unsafe) {

        public String cell(int column) {
            return column < cells.size() ? cells.get(column).trim() : "";
        }

        public boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /**
     * The first sheet's rows (header included); refuses an empty, oversized or non-XLSX file with a
     * {@link BusinessRuleException} ({@code sheet.empty}, {@code sheet.tooLarge}, {@code import.notXlsx},
     * {@code sheet.tooManyRows}).
     */
    public static List<SheetRow> read(byte[] file) {
        if (file == null || file.length == 0) {
            throw new BusinessRuleException("sheet.empty");
        }
        if (file.length > MAX_BYTES) {
            throw new BusinessRuleException("sheet.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        for (int i = 0; i < ZIP_MAGIC.length; i++) {
            if (file.length <= i || file[i] != ZIP_MAGIC[i]) {
                throw new BusinessRuleException("import.notXlsx");
            }
        }
        List<SheetRow> rows = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new BusinessRuleException("sheet.empty");
            }
            Sheet sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() >= MAX_ROWS) {
                throw new BusinessRuleException("sheet.tooManyRows", MAX_ROWS);
            }
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                Set<Integer> unsafe = new HashSet<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                        Cell cell = row.getCell(c);
                        String text = text(cell);
                        if (cell != null && cell.getCellType() == CellType.FORMULA || looksActive(text)) {
                            unsafe.add(c);
                        }
                        cells.add(text);
                    }
                }
                rows.add(new SheetRow(r + 1, cells, unsafe));
            }
        } catch (BusinessRuleException refusal) {
            throw refusal;
        } catch (IOException | RuntimeException e) {
            throw new BusinessRuleException("import.notXlsx");
        }
        if (rows.stream().skip(1).allMatch(SheetRow::isBlank)) {
            throw new BusinessRuleException("sheet.noRows");
        }
        return rows;
    }

    /** A one-sheet workbook with a bold, frozen header row. */
    public static byte[] write(String sheetName, List<String> headers, List<List<String>> rows) {
        try (Workbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(headers.get(c));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(c, Math.max(12, headers.get(c).length() + 4) * 256);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    // Always a string cell: a value starting with "=" stays text, never a formula.
                    row.createCell(c, CellType.STRING).setCellValue(values.get(c) == null ? "" : values.get(c));
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** yes/no in either language (có/không, x, 1/0, true/false); blank gives the default; null when unreadable. */
    public static Boolean yesNo(String text, boolean whenBlank) {
        String value = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "" -> whenBlank;
            case "yes", "y", "có", "co", "x", "1", "true" -> true;
            case "no", "n", "không", "khong", "0", "false" -> false;
            default -> null;
        };
    }

    /** A date as 2025-07-01 or 1/7/2025; null when blank; throws DateTimeParseException when unreadable. */
    public static LocalDate date(String text) {
        String value = text == null ? "" : text.trim();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return LocalDate.parse(value, DAY_MONTH_YEAR);
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case NUMERIC ->
                DateUtil.isCellDateFormatted(cell)
                        ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                        : BigDecimal.valueOf(cell.getNumericCellValue())
                                .stripTrailingZeros()
                                .toPlainString();
            default -> "";
        };
    }

    /** Text a spreadsheet program would run as a formula, or markup that carries a script. */
    private static boolean looksActive(String text) {
        String value = text.strip();
        if (value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        String lower = value.toLowerCase(Locale.ROOT);
        return first == '='
                || first == '+'
                || first == '@'
                || lower.contains("<script")
                || lower.contains("javascript:");
    }
}
