package vn.parindex.ranking.internal.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.parindex.ranking.BlockResults;
import vn.parindex.ranking.RankChange;
import vn.parindex.ranking.UnitResultRow;
import vn.parindex.ranking.UnrankedUnit;

/**
 * A block's ranking as an XLSX workbook in the official layout: title rows (province, "results of the
 * administrative reform index" with the year, block, publication or draft status), then one row per
 * ranked unit (No., unit, points, index %, rank, change, band, one column per area index), then the
 * units not ranked with the reason. Numbers are numeric cells with two-decimal formats (Excel shows
 * them in the reader's own separators); the change is a number formatted "+2", "-1" or "=" so it
 * sorts, and the text "mới"/"new" for a unit without last year's rank. Written with a streaming
 * workbook (rows are flushed to disk as they are written), so a block of thousands of units needs
 * little memory. Text is never a formula: every text cell is a string cell.
 */
public final class RankingXlsxExport {

    /** The first row of the ranking table (0-based): the four title rows and a blank one come first. */
    public static final int HEADER_ROW = 5;

    /** Number of the first area column (0-based). */
    public static final int FIRST_AREA_COLUMN = 7;

    private static final int WINDOW = 200;

    private RankingXlsxExport() {}

    /**
     * Writes the workbook to {@code out} (left open).
     *
     * @param province the province's name in the locale, e.g. "Tỉnh Hải Dương"
     */
    public static void write(BlockResults results, String province, Locale locale, OutputStream out) {
        ExportTexts texts = new ExportTexts(locale);
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        try {
            Styles styles = new Styles(workbook);
            SXSSFSheet sheet = workbook.createSheet(texts.text("rankingExport.sheet"));
            List<String> headings = texts.headings(results, true);
            int columns = headings.size();
            title(sheet, 0, province == null ? "" : province.toUpperCase(texts.locale()), styles.bold, columns);
            title(sheet, 1, texts.title(results), styles.title, columns);
            title(sheet, 2, texts.block(results), styles.bold, columns);
            title(sheet, 3, texts.status(results), results.published() ? styles.italic : styles.draft, columns);

            Row header = sheet.createRow(HEADER_ROW);
            header.setHeightInPoints(48);
            for (int c = 0; c < columns; c++) {
                text(header, c, headings.get(c), styles.header);
            }
            widths(sheet, columns);

            int r = HEADER_ROW + 1;
            int number = 1;
            for (UnitResultRow unit : results.ranked()) {
                Row row = sheet.createRow(r++);
                number(row, 0, number++, styles.integer);
                text(row, 1, unit.unitName(texts.locale()), styles.text);
                decimal(row, 2, unit.total(), styles.decimal);
                decimal(row, 3, unit.index(), styles.decimal);
                number(row, 4, unit.rank(), styles.integer);
                change(row, 5, unit.change(), texts, styles);
                text(row, 6, texts.band(unit), styles.text);
                for (int a = 0; a < results.areas().size(); a++) {
                    BigDecimal index =
                            a < unit.areas().size() ? unit.areas().get(a).index() : null;
                    decimal(row, FIRST_AREA_COLUMN + a, index, styles.decimal);
                }
            }
            if (!results.notRanked().isEmpty()) {
                r++;
                title(sheet, r++, texts.text("rankingExport.notRanked"), styles.bold, columns);
                Row notRankedHeader = sheet.createRow(r++);
                text(notRankedHeader, 0, texts.text("rankingExport.col.no"), styles.header);
                text(notRankedHeader, 1, texts.text("rankingExport.col.unit"), styles.header);
                text(notRankedHeader, 2, texts.text("rankingExport.col.reason"), styles.header);
                sheet.addMergedRegion(new CellRangeAddress(r - 1, r - 1, 2, columns - 1));
                int notRanked = 1;
                for (UnrankedUnit unit : results.notRanked()) {
                    Row row = sheet.createRow(r++);
                    number(row, 0, notRanked++, styles.integer);
                    text(row, 1, unit.unitName(texts.locale()), styles.text);
                    text(row, 2, texts.reason(unit), styles.text);
                    sheet.addMergedRegion(new CellRangeAddress(r - 1, r - 1, 2, columns - 1));
                }
            }
            sheet.createFreezePane(2, HEADER_ROW + 1);
            sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
            sheet.getPrintSetup().setLandscape(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            sheet.setFitToPage(true);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException ignored) {
                // the temporary files are already disposed of
            }
        }
    }

    private static void title(SXSSFSheet sheet, int r, String text, CellStyle style, int columns) {
        Row row = sheet.createRow(r);
        text(row, 0, text, style);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, columns - 1));
    }

    private static void widths(SXSSFSheet sheet, int columns) {
        sheet.setColumnWidth(0, 6 * 256);
        sheet.setColumnWidth(1, 44 * 256);
        sheet.setColumnWidth(2, 11 * 256);
        sheet.setColumnWidth(3, 11 * 256);
        sheet.setColumnWidth(4, 9 * 256);
        sheet.setColumnWidth(5, 13 * 256);
        sheet.setColumnWidth(6, 13 * 256);
        for (int c = FIRST_AREA_COLUMN; c < columns; c++) {
            sheet.setColumnWidth(c, 16 * 256);
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        cell.setCellStyle(style);
    }

    private static void number(Row row, int column, int value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** A numeric cell; blank (but bordered) when there is no value. */
    private static void decimal(Row row, int column, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            // two decimals at most, so the double holds the published value exactly as displayed
            cell.setCellValue(value.doubleValue());
        }
        cell.setCellStyle(style);
    }

    private static void change(Row row, int column, RankChange change, ExportTexts texts, Styles styles) {
        Cell cell = row.createCell(column);
        switch (change.direction()) {
            case UP -> cell.setCellValue(change.places());
            case DOWN -> cell.setCellValue(-change.places());
            case SAME -> cell.setCellValue(0);
            case NEW -> cell.setCellValue(texts.change(change));
        }
        cell.setCellStyle(styles.change);
    }

    /** The handful of styles the sheet uses (a workbook has a limited number). */
    private static final class Styles {
        final CellStyle title;
        final CellStyle bold;
        final CellStyle italic;
        final CellStyle draft;
        final CellStyle header;
        final CellStyle text;
        final CellStyle integer;
        final CellStyle decimal;
        final CellStyle change;

        Styles(SXSSFWorkbook workbook) {
            DataFormat format = workbook.createDataFormat();
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            Font titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            Font italicFont = workbook.createFont();
            italicFont.setItalic(true);
            Font draftFont = workbook.createFont();
            draftFont.setBold(true);
            draftFont.setColor(IndexedColors.RED.getIndex());

            title = workbook.createCellStyle();
            title.setFont(titleFont);
            title.setAlignment(HorizontalAlignment.CENTER);
            bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            bold.setAlignment(HorizontalAlignment.CENTER);
            italic = workbook.createCellStyle();
            italic.setFont(italicFont);
            italic.setAlignment(HorizontalAlignment.CENTER);
            draft = workbook.createCellStyle();
            draft.setFont(draftFont);
            draft.setAlignment(HorizontalAlignment.CENTER);

            header = bordered(workbook);
            header.setFont(boldFont);
            header.setWrapText(true);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

            text = bordered(workbook);
            text.setWrapText(true);
            integer = bordered(workbook);
            integer.setDataFormat(format.getFormat("0"));
            integer.setAlignment(HorizontalAlignment.CENTER);
            decimal = bordered(workbook);
            decimal.setDataFormat(format.getFormat("0.00"));
            change = bordered(workbook);
            change.setDataFormat(format.getFormat("+0;-0;\"=\""));
            change.setAlignment(HorizontalAlignment.CENTER);
        }

        private static CellStyle bordered(SXSSFWorkbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        }
    }
}
