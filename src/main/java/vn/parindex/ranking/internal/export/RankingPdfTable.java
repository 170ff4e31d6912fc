package vn.parindex.ranking.internal.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.parindex.ranking.BlockResults;
import vn.parindex.ranking.UnitResultRow;
import vn.parindex.shared.pdf.PdfTable;
import vn.parindex.shared.pdf.PdfTable.Align;
import vn.parindex.shared.pdf.PdfTable.Column;

/** The ranking table the announcement and the decision's annex print: areas headed by their code. */
final class RankingPdfTable {

    private RankingPdfTable() {}

    static PdfTable of(BlockResults results, ExportTexts texts) {
        List<String> headings = texts.headings(results, false);
        List<Column> columns = new ArrayList<>();
        float[] widths = {4.5f, 32, 7.5f, 7.5f, 6.5f, 8, 10.5f};
        Align[] aligns = {Align.CENTER, Align.LEFT, Align.RIGHT, Align.RIGHT, Align.CENTER, Align.CENTER, Align.CENTER};
        for (int c = 0; c < headings.size(); c++) {
            columns.add(
                    c < widths.length
                            ? new Column(headings.get(c), widths[c], aligns[c])
                            : new Column(headings.get(c), 5.5f, Align.RIGHT));
        }
        List<PdfTable.Row> rows = new ArrayList<>(results.ranked().size());
        int number = 1;
        for (UnitResultRow unit : results.ranked()) {
            List<String> cells = new ArrayList<>(columns.size());
            cells.add(String.valueOf(number++));
            cells.add(unit.unitName(texts.locale()));
            cells.add(texts.score(unit.total()));
            cells.add(texts.score(unit.index()));
            cells.add(String.valueOf(unit.rank()));
            cells.add(texts.change(unit.change()));
            cells.add(texts.band(unit));
            for (int a = 0; a < results.areas().size(); a++) {
                BigDecimal index = a < unit.areas().size() ? unit.areas().get(a).index() : null;
                cells.add(index == null ? "—" : texts.score(index));
            }
            rows.add(PdfTable.Row.of(cells));
        }
        return new PdfTable(columns, rows);
    }

    /** The units not ranked, with the reason. */
    static PdfTable notRanked(BlockResults results, ExportTexts texts) {
        List<Column> columns = List.of(
                new Column(texts.text("rankingExport.col.no"), 4.5f, Align.CENTER),
                new Column(texts.text("rankingExport.col.unit"), 35, Align.LEFT),
                new Column(texts.text("rankingExport.col.reason"), 60, Align.LEFT));
        List<PdfTable.Row> rows = new ArrayList<>();
        int number = 1;
        for (var unit : results.notRanked()) {
            rows.add(PdfTable.Row.of(
                    List.of(String.valueOf(number++), unit.unitName(texts.locale()), texts.reason(unit))));
        }
        return new PdfTable(columns, rows);
    }
}
