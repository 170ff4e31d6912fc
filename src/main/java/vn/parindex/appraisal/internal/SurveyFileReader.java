package vn.parindex.appraisal.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.parindex.shared.BusinessRuleException;

/**
 * Reads the rows of a survey file (unit code, component code, points; later columns are ignored).
 * XLSX is read cell by cell and a formula is never evaluated: its row is reported instead. A file that
 * is empty, too large, not XLSX or CSV by its content, or cut short is refused as a whole.
 */
public final class SurveyFileReader {

    /** The largest file accepted: a province's survey is a few thousand rows, far below this. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    public static final int MAX_ROWS = 20_000;

    private static final byte[] ZIP = {'P', 'K', 3, 4};

    /**
     * A row of the file as typed; {@code points} is null when the cell is a formula. {@code splitDecimal}
     * holds the points as the user probably meant them when a comma-separated row reads like a decimal
     * comma split in two ("7,5" giving "7" and "5"), otherwise null.
     */
    public record SurveyRow(
            int row, String unitCode, String componentCode, String points, boolean formula, String splitDecimal) {}

    private SurveyFileReader() {}

    public static List<SurveyRow> read(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new BusinessRuleException("survey.file.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new BusinessRuleException("survey.file.tooLarge", String.valueOf(MAX_BYTES / (1024 * 1024)));
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        boolean zip = startsWith(content, ZIP);
        List<SurveyRow> rows;
        if (name.endsWith(".xlsx")) {
            if (!zip) {
                throw new BusinessRuleException("survey.file.type");
            }
            rows = readXlsx(content);
        } else if (name.endsWith(".csv")) {
            if (zip) {
                throw new BusinessRuleException("survey.file.type");
            }
            rows = readCsv(content);
        } else {
            throw new BusinessRuleException("survey.file.type");
        }
        if (rows.isEmpty()) {
            throw new BusinessRuleException("survey.file.noRows");
        }
        return rows;
    }

    private static List<SurveyRow> readXlsx(byte[] content) {
        List<List<String>> cells = new ArrayList<>();
        List<Boolean> formulas = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new BusinessRuleException("survey.file.noRows");
            }
            Sheet sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() >= MAX_ROWS) {
                throw new BusinessRuleException("survey.file.tooManyRows", String.valueOf(MAX_ROWS));
            }
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> values = new ArrayList<>();
                boolean formula = false;
                for (int c = 0; c < 3; c++) {
                    Cell cell = row == null ? null : row.getCell(c);
                    if (cell == null) {
                        values.add("");
                    } else if (cell.getCellType() == CellType.FORMULA) {
                        // Never evaluated (nor its cached result trusted): the row is reported.
                        formula = true;
                        values.add("");
                    } else if (cell.getCellType() == CellType.NUMERIC) {
                        values.add(BigDecimal.valueOf(cell.getNumericCellValue())
                                .stripTrailingZeros()
                                .toPlainString());
                    } else {
                        values.add(formatter.formatCellValue(cell));
                    }
                }
                cells.add(values);
                formulas.add(formula);
            }
        } catch (BusinessRuleException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // A broken or cut-short archive, or a ZIP that is no workbook.
            throw new BusinessRuleException("survey.file.malformed");
        }
        return rows(cells, formulas);
    }

    private static List<SurveyRow> readCsv(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new BusinessRuleException("survey.file.type");
        }
        if (text.indexOf('\0') >= 0) {
            throw new BusinessRuleException("survey.file.type");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> cells = new ArrayList<>();
        for (String line : text.split("\r\n|\n|\r", -1)) {
            if (cells.size() >= MAX_ROWS) {
                throw new BusinessRuleException("survey.file.tooManyRows", String.valueOf(MAX_ROWS));
            }
            cells.add(splitCsv(line));
        }
        List<Boolean> formulas = new ArrayList<>();
        cells.forEach(row -> formulas.add(false));
        return rows(cells, formulas);
    }

    /** Comma or semicolon separated (Excel writes semicolons where the decimal mark is a comma). */
    private static List<String> splitCsv(String line) {
        char separator = line.indexOf(';') >= 0 && line.indexOf(',') < 0 ? ';' : chooseSeparator(line);
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        if (quoted) {
            // An unterminated quote: the file was cut short or is not CSV.
            throw new BusinessRuleException("survey.file.malformed");
        }
        fields.add(field.toString());
        return fields;
    }

    /** A semicolon before any unquoted comma means semicolons separate ("HNS;8.1.1;1,5"). */
    private static char chooseSeparator(String line) {
        int semicolon = line.indexOf(';');
        int comma = line.indexOf(',');
        return semicolon >= 0 && semicolon < comma ? ';' : ',';
    }

    /** "7" then "5" in the next column: an unquoted decimal comma in a comma-separated file. */
    private static String splitDecimal(String points, String next) {
        return !points.isEmpty()
                        && points.chars().allMatch(Character::isDigit)
                        && !next.isEmpty()
                        && next.chars().allMatch(Character::isDigit)
                ? points + "," + next
                : null;
    }

    /** Drops blank rows and a header (a first row whose points cell is not a number). */
    private static List<SurveyRow> rows(List<List<String>> cells, List<Boolean> formulas) {
        List<SurveyRow> rows = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            List<String> row = cells.get(i);
            String unit = cell(row, 0);
            String component = cell(row, 1);
            String points = cell(row, 2);
            boolean formula = formulas.get(i);
            if (unit.isEmpty() && component.isEmpty() && points.isEmpty() && !formula) {
                continue;
            }
            if (rows.isEmpty() && i == firstNonBlank(cells) && !formula && !looksNumeric(points)) {
                continue;
            }
            rows.add(new SurveyRow(
                    i + 1, unit, component, formula ? null : points, formula, splitDecimal(points, cell(row, 3))));
        }
        return rows;
    }

    private static int firstNonBlank(List<List<String>> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).stream().anyMatch(value -> !value.isBlank())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean looksNumeric(String value) {
        return value.matches("-?[0-9]+([.,][0-9]*)?");
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String cell(List<String> row, int index) {
        return index < row.size() && row.get(index) != null ? row.get(index).trim() : "";
    }
}
