package vn.parindex.ranking.internal.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import vn.parindex.ranking.AreaHeading;
import vn.parindex.ranking.AreaResult;
import vn.parindex.ranking.BlockResults;
import vn.parindex.ranking.UnitResultRow;
import vn.parindex.ranking.UnrankedUnit;
import vn.parindex.shared.pdf.PdfFonts;
import vn.parindex.shared.pdf.PdfFonts.Family;
import vn.parindex.shared.pdf.PdfTable;
import vn.parindex.shared.pdf.PdfTable.Align;
import vn.parindex.shared.pdf.PdfTable.Column;
import vn.parindex.shared.pdf.PdfTables;

/**
 * One unit's results on one A4 page: points against the applicable maximum, adjustments, index, rank
 * in the block, change against last year, band; each area's points, applicable maximum and index; and
 * the unit's place in the block among its neighbours (the unit in bold). A unit that is not ranked
 * gets the reason instead.
 */
public final class UnitScorecardPdf {

    /** Ranked units shown above and below the unit in "place in the block". */
    static final int NEIGHBOURS = 3;

    private static final float MM = 72f / 25.4f;
    private static final Color DRAFT = new Color(0xB0, 0x00, 0x20);
    private static final Color LABEL_BACKGROUND = new Color(0xF2, 0xF4, 0xF7);

    private UnitScorecardPdf() {}

    /**
     * Writes the scorecard of unit {@code unitId} to {@code out} (left open).
     *
     * @throws NoSuchElementException when the unit is not in the block's results
     */
    public static void write(BlockResults results, long unitId, String province, Locale locale, OutputStream out) {
        ExportTexts texts = new ExportTexts(locale);
        Optional<UnitResultRow> ranked =
                results.ranked().stream().filter(row -> row.unitId() == unitId).findFirst();
        Optional<UnrankedUnit> unranked = results.notRanked().stream()
                .filter(unit -> unit.unitId() == unitId)
                .findFirst();
        if (ranked.isEmpty() && unranked.isEmpty()) {
            throw new NoSuchElementException("unit " + unitId + " is not in block " + results.blockId());
        }
        Document pdf = new Document(PageSize.A4, 20 * MM, 20 * MM, 18 * MM, 18 * MM);
        try {
            PdfWriter writer = PdfWriter.getInstance(pdf, out);
            writer.setCloseStream(false);
            String unitName = ranked.map(row -> row.unitName(texts.locale()))
                    .orElseGet(() -> unranked.get().unitName(texts.locale()));
            pdf.addTitle(
                    texts.text("rankingExport.scorecard.title", String.valueOf(results.year())) + " - " + unitName);
            pdf.addCreator("PAR Index Portal");
            pdf.open();
            if (province != null && !province.isBlank()) {
                pdf.add(centred(province.toUpperCase(texts.locale()), font(Font.BOLD, 10f)));
            }
            pdf.add(centred(
                    texts.text("rankingExport.scorecard.title", String.valueOf(results.year())), font(Font.BOLD, 13f)));
            pdf.add(centred(texts.block(results), font(Font.NORMAL, 10.5f)));
            Font statusFont = results.published() ? font(Font.ITALIC, 9.5f) : font(Font.BOLD, 10f);
            if (!results.published()) {
                statusFont.setColor(DRAFT);
            }
            pdf.add(centred(texts.status(results), statusFont));
            Paragraph name = centred(unitName, font(Font.BOLD, 16f));
            name.setSpacingBefore(14f);
            name.setSpacingAfter(10f);
            pdf.add(name);
            if (ranked.isPresent()) {
                addResult(pdf, results, ranked.get(), texts);
            } else {
                Paragraph reason = new Paragraph(
                        texts.text(
                                "rankingExport.scorecard.notRanked",
                                String.valueOf(results.year()),
                                texts.reason(unranked.get())),
                        font(Font.NORMAL, 11f));
                pdf.add(reason);
            }
            pdf.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the scorecard could not be laid out", e);
        }
    }

    private static void addResult(Document pdf, BlockResults results, UnitResultRow unit, ExportTexts texts)
            throws DocumentException {
        PdfPTable summary = new PdfPTable(new float[] {45, 55});
        summary.setWidthPercentage(100);
        summaryRow(
                summary,
                texts.text("rankingExport.scorecard.points"),
                texts.text(
                        "rankingExport.scorecard.pointsValue",
                        texts.score(unit.total()),
                        texts.score(unit.applicableMaximum())),
                false);
        if (unit.adjustments() != null && unit.adjustments().signum() != 0) {
            summaryRow(
                    summary,
                    texts.text("rankingExport.scorecard.adjustments"),
                    signed(unit.adjustments(), texts),
                    false);
        }
        summaryRow(summary, texts.text("rankingExport.scorecard.index"), texts.score(unit.index()) + " %", true);
        summaryRow(
                summary,
                texts.text("rankingExport.scorecard.rank"),
                texts.text(
                        "rankingExport.scorecard.rankValue",
                        String.valueOf(unit.rank()),
                        String.valueOf(results.ranked().size())),
                true);
        summaryRow(
                summary,
                texts.text("rankingExport.scorecard.change"),
                texts.changeInWords(unit, results.year() - 1),
                false);
        summaryRow(summary, texts.text("rankingExport.scorecard.band"), texts.band(unit), false);
        pdf.add(summary);
        pdf.add(PdfTables.spacer(12f));

        pdf.add(heading(texts.text("rankingExport.scorecard.areas")));
        pdf.add(PdfTables.layout(areas(results, unit, texts), Family.SANS, 9.5f));

        Paragraph position = heading(texts.text("rankingExport.scorecard.position"));
        position.setSpacingBefore(12f);
        pdf.add(position);
        pdf.add(PdfTables.layout(neighbours(results, unit, texts), Family.SANS, 9.5f));
    }

    private static PdfTable areas(BlockResults results, UnitResultRow unit, ExportTexts texts) {
        List<Column> columns = List.of(
                new Column(texts.text("rankingExport.scorecard.area"), 55, Align.LEFT),
                new Column(texts.text("rankingExport.scorecard.areaPoints"), 15, Align.RIGHT),
                new Column(texts.text("rankingExport.scorecard.areaMaximum"), 15, Align.RIGHT),
                new Column(texts.text("rankingExport.col.index"), 15, Align.RIGHT));
        List<PdfTable.Row> rows = new ArrayList<>();
        for (int a = 0; a < results.areas().size(); a++) {
            AreaHeading area = results.areas().get(a);
            AreaResult result = a < unit.areas().size() ? unit.areas().get(a) : null;
            rows.add(PdfTable.Row.of(List.of(
                    area.code() + ". " + area.name(texts.locale()),
                    result == null ? "—" : texts.score(result.points()),
                    result == null ? "—" : texts.score(result.applicableMaximum()),
                    result == null || result.index() == null ? "—" : texts.score(result.index()))));
        }
        rows.add(new PdfTable.Row(
                List.of(
                        texts.text("rankingExport.scorecard.total"),
                        texts.score(unit.total()),
                        texts.score(unit.applicableMaximum()),
                        texts.score(unit.index())),
                PdfTable.RowStyle.EMPHASIS));
        return new PdfTable(columns, rows);
    }

    /** The ranked units around this one (a few above and below), this one in bold. */
    static PdfTable neighbours(BlockResults results, UnitResultRow unit, ExportTexts texts) {
        List<Column> columns = List.of(
                new Column(texts.text("rankingExport.col.rank"), 12, Align.CENTER),
                new Column(texts.text("rankingExport.col.unit"), 58, Align.LEFT),
                new Column(texts.text("rankingExport.col.index"), 15, Align.RIGHT),
                new Column(
                        texts.text("rankingExport.col.change", String.valueOf(results.year() - 1)), 15, Align.CENTER));
        List<UnitResultRow> all = results.ranked();
        int position = 0;
        while (position < all.size() && all.get(position).unitId() != unit.unitId()) {
            position++;
        }
        int from = Math.max(0, position - NEIGHBOURS);
        int to = Math.min(all.size(), position + NEIGHBOURS + 1);
        List<PdfTable.Row> rows = new ArrayList<>();
        for (int i = from; i < to; i++) {
            UnitResultRow row = all.get(i);
            rows.add(new PdfTable.Row(
                    List.of(
                            String.valueOf(row.rank()),
                            row.unitName(texts.locale()),
                            texts.score(row.index()),
                            texts.change(row.change())),
                    i == position ? PdfTable.RowStyle.EMPHASIS : PdfTable.RowStyle.NORMAL));
        }
        return new PdfTable(columns, rows);
    }

    private static void summaryRow(PdfPTable table, String label, String value, boolean strong) {
        PdfPCell left = new PdfPCell(new Phrase(label, font(Font.NORMAL, 10.5f)));
        left.setBackgroundColor(LABEL_BACKGROUND);
        PdfPCell right = new PdfPCell(new Phrase(value, font(strong ? Font.BOLD : Font.NORMAL, strong ? 12f : 10.5f)));
        for (PdfPCell cell : List.of(left, right)) {
            cell.setBorder(Rectangle.BOTTOM);
            cell.setBorderColor(Color.LIGHT_GRAY);
            cell.setPaddingTop(3f);
            cell.setPaddingBottom(5f);
            cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            table.addCell(cell);
        }
    }

    private static String signed(BigDecimal value, ExportTexts texts) {
        return (value.signum() > 0 ? "+" : "") + texts.score(value);
    }

    private static Paragraph heading(String text) {
        Paragraph paragraph = new Paragraph(text, font(Font.BOLD, 11.5f));
        paragraph.setSpacingAfter(5f);
        return paragraph;
    }

    private static Paragraph centred(String text, Font font) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        return paragraph;
    }

    private static Font font(int style, float size) {
        return PdfFonts.font(Family.SANS, style, size);
    }
}
