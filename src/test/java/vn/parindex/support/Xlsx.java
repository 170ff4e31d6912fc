package vn.parindex.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Spreadsheets for import tests; a value written as {@code FORMULA:...} becomes a real formula cell. */
public final class Xlsx {

    private Xlsx() {}

    public static byte[] of(List<String> header, List<List<String>> rows) {
        try (Workbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("data");
            write(sheet.createRow(0), header);
            for (int r = 0; r < rows.size(); r++) {
                write(sheet.createRow(r + 1), rows.get(r));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<String> values) {
        for (int c = 0; c < values.size(); c++) {
            Cell cell = row.createCell(c);
            String value = values.get(c);
            if (value != null && value.startsWith("FORMULA:")) {
                cell.setCellFormula(value.substring("FORMULA:".length()));
            } else {
                cell.setCellValue(value == null ? "" : value);
            }
        }
    }
}
