package vn.parindex.dashboard.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A chart's data table as one XLSX sheet (POI streaming): bold frozen header, scores as numbers with
 * two decimals, counts as whole numbers, text always as text (never a formula).
 */
final class ChartXlsx {

    private static final int WINDOW = 200;

    private ChartXlsx() {}

    static void write(DashboardChart chart, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        try {
            SXSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(chart.title()));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle score = workbook.createCellStyle();
            score.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            Row header = sheet.createRow(0);
            for (int c = 0; c < chart.table().headers().size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(chart.table().headers().get(c));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(
                        c, Math.max(12, chart.table().headers().get(c).length() + 4) * 256);
            }
            int r = 1;
            for (ChartTable.Row values : chart.table().rows()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.cells().size(); c++) {
                    Object value = values.cells().get(c);
                    Cell cell = row.createCell(c);
                    if (value instanceof BigDecimal decimal) {
                        cell.setCellValue(decimal.doubleValue());
                        cell.setCellStyle(score);
                    } else if (value instanceof Number number) {
                        cell.setCellValue(number.longValue());
                    } else {
                        cell.setCellValue(value == null ? "" : value.toString());
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }
}
