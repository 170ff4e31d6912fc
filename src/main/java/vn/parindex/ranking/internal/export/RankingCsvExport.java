package vn.parindex.ranking.internal.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.parindex.ranking.BlockResults;
import vn.parindex.ranking.RankChange;
import vn.parindex.ranking.UnitResultRow;
import vn.parindex.ranking.UnrankedUnit;

/**
 * A block's ranking as CSV for other programs and for Excel: UTF-8 with a byte order mark (so Excel
 * reads Vietnamese letters), comma-separated, CRLF line ends, RFC 4180 quoting. One heading row, then
 * one row per ranked unit in the official columns (No., unit code, unit, points, index %, rank,
 * change, band, one column per area index, note), then the units not ranked (no rank, the reason in
 * the note).
 *
 * <p>Numbers are always written with a dot and two decimals (92.86), whatever the reader's language:
 * a CSV is data for exchange, and a decimal comma would clash with the comma separator (the headings
 * and texts are in the reader's language; for a sheet in the reader's own number format use the XLSX).
 * The change is a signed whole number ("+2", "-1", "0") or "mới"/"new", so it sorts and sums.
 *
 * <p>Formula injection: a text cell that starts with {@code = + - @}, a tab or a carriage return gets
 * a leading apostrophe, so a spreadsheet shows it as text instead of running it. Plain numbers such as
 * "-1" or "+2" are left alone: they cannot be formulas.
 */
public final class RankingCsvExport {

    public static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private RankingCsvExport() {}

    /** Writes the CSV to {@code out} (flushed, left open). */
    public static void write(BlockResults results, Locale locale, OutputStream out) {
        ExportTexts texts = new ExportTexts(locale);
        try {
            out.write(BOM);
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            List<String> headings = new ArrayList<>(texts.headings(results, true));
            headings.add(1, texts.text("rankingExport.col.code"));
            headings.add(texts.text("rankingExport.col.note"));
            line(writer, headings);
            int number = 1;
            int columns = headings.size();
            for (UnitResultRow unit : results.ranked()) {
                List<String> cells = new ArrayList<>(columns);
                cells.add(String.valueOf(number++));
                cells.add(unit.unitCode());
                cells.add(unit.unitName(texts.locale()));
                cells.add(decimal(unit.total()));
                cells.add(decimal(unit.index()));
                cells.add(String.valueOf(unit.rank()));
                cells.add(change(unit.change(), texts));
                cells.add(texts.band(unit));
                for (int a = 0; a < results.areas().size(); a++) {
                    cells.add(
                            a < unit.areas().size()
                                    ? decimal(unit.areas().get(a).index())
                                    : "");
                }
                cells.add("");
                line(writer, cells);
            }
            for (UnrankedUnit unit : results.notRanked()) {
                List<String> cells = new ArrayList<>(columns);
                cells.add(String.valueOf(number++));
                cells.add(unit.unitCode());
                cells.add(unit.unitName(texts.locale()));
                while (cells.size() < columns - 1) {
                    cells.add("");
                }
                cells.add(texts.text("rankingExport.notRankedNote", texts.reason(unit)));
                line(writer, cells);
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One cell made safe for a spreadsheet and quoted as RFC 4180 asks. */
    public static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty()
                && "=+-@\t\r".indexOf(text.charAt(0)) >= 0
                && !PLAIN_NUMBER.matcher(text).matches()) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private static String change(RankChange change, ExportTexts texts) {
        return switch (change.direction()) {
            case UP -> "+" + change.places();
            case DOWN -> "-" + change.places();
            case SAME -> "0";
            case NEW -> texts.change(change);
        };
    }

    private static String decimal(BigDecimal value) {
        return value == null ? "" : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static void line(Writer writer, List<String> cells) throws IOException {
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                writer.write(',');
            }
            writer.write(cell(cells.get(c)));
        }
        writer.write("\r\n");
    }
}
