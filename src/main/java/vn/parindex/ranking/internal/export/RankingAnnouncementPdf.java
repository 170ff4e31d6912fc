package vn.parindex.ranking.internal.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.OutputStream;
import java.util.Locale;
import vn.parindex.ranking.BlockResults;
import vn.parindex.shared.pdf.PageNumbers;
import vn.parindex.shared.pdf.PdfFonts;
import vn.parindex.shared.pdf.PdfFonts.Family;
import vn.parindex.shared.pdf.PdfTables;

/**
 * A block's ranking as the PDF table the province announces: landscape A4, the province, title, block
 * and publication status (a draft says so in red), the ranking table whose heading row repeats on every
 * page, the areas' names under it, and the units not ranked with the reason. Text in the reader's
 * language with the DejaVu fonts embedded, so Vietnamese prints everywhere.
 */
public final class RankingAnnouncementPdf {

    private static final float MM = 72f / 25.4f;
    private static final Color DRAFT = new Color(0xB0, 0x00, 0x20);

    private RankingAnnouncementPdf() {}

    /**
     * Writes the PDF to {@code out} (left open).
     *
     * @param province the province's name in the locale, e.g. "Tỉnh Hải Dương"
     */
    public static void write(BlockResults results, String province, Locale locale, OutputStream out) {
        ExportTexts texts = new ExportTexts(locale);
        Document pdf = new Document(PageSize.A4.rotate(), 15 * MM, 15 * MM, 15 * MM, 15 * MM);
        try {
            PdfWriter writer = PdfWriter.getInstance(pdf, out);
            writer.setCloseStream(false);
            writer.setPageEvent(new PageNumbers(Family.SANS, 9f));
            pdf.addTitle(texts.title(results) + " - " + results.blockName(texts.locale()));
            pdf.addCreator("PAR Index Portal");
            pdf.open();
            if (province != null && !province.isBlank()) {
                pdf.add(centred(province.toUpperCase(texts.locale()), PdfFonts.font(Family.SANS, Font.BOLD, 11f)));
            }
            pdf.add(centred(texts.title(results), PdfFonts.font(Family.SANS, Font.BOLD, 14f)));
            pdf.add(centred(texts.block(results), PdfFonts.font(Family.SANS, Font.BOLD, 12f)));
            Font statusFont = results.published()
                    ? PdfFonts.font(Family.SANS, Font.ITALIC, 10f)
                    : PdfFonts.font(Family.SANS, Font.BOLD, 11f);
            if (!results.published()) {
                statusFont.setColor(DRAFT);
            }
            Paragraph status = centred(texts.status(results), statusFont);
            status.setSpacingAfter(8f);
            pdf.add(status);

            PdfPTable table = PdfTables.layout(RankingPdfTable.of(results, texts), Family.SANS_CONDENSED, 9f);
            pdf.add(table);
            if (!results.areas().isEmpty()) {
                Paragraph legend = new Paragraph(
                        texts.areaLegend(results), PdfFonts.font(Family.SANS_CONDENSED, Font.ITALIC, 8.5f));
                legend.setSpacingBefore(4f);
                pdf.add(legend);
            }
            if (!results.notRanked().isEmpty()) {
                Paragraph heading = new Paragraph(
                        texts.text("rankingExport.notRanked"), PdfFonts.font(Family.SANS, Font.BOLD, 11f));
                heading.setSpacingBefore(10f);
                heading.setSpacingAfter(4f);
                pdf.add(heading);
                pdf.add(PdfTables.layout(RankingPdfTable.notRanked(results, texts), Family.SANS_CONDENSED, 9f));
            }
            pdf.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the announcement could not be laid out", e);
        }
    }

    private static Paragraph centred(String text, Font font) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        return paragraph;
    }
}
