package vn.parindex.shared.pdf;

import com.lowagie.text.Chunk;
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
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.parindex.shared.pdf.PdfFonts.Family;

/**
 * Prints an {@link AdministrativeDocument} in the layout of Decree 30/2020/ND-CP on administrative
 * documents: A4 portrait with margins of 20 mm top and bottom, 30 mm left and 15 mm right; the issuing
 * body (top left, bold, underlined by a short rule) and the number under it; the national motto (top
 * right, its second line underlined) and the place and date under it in italics; the kind and subject
 * centred in bold; the legal bases in italics; the articles ("Điều 1."); the recipients (bottom left,
 * small) beside the signer block (bottom right); page numbers centred at the top from page 2; annexes
 * from a new page, landscape when their table is wide.
 *
 * <p>The labels ("Số:", "ngày ... tháng ... năm", "Điều", "Nơi nhận:", the motto) are Vietnamese only,
 * on purpose: the official document exists in Vietnamese alone, whatever language the reader's portal
 * uses, so none of this is translated. The serif DejaVu face stands in for Times New Roman.
 */
public final class AdministrativeDocumentPdf {

    public static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final float MM = 72f / 25.4f;
    private static final float BODY = 12f;
    private static final float FIRST_LINE_INDENT = 10 * MM;

    private AdministrativeDocumentPdf() {}

    /** Writes the document as PDF to {@code out} (left open). */
    public static void write(AdministrativeDocument document, OutputStream out) {
        Document pdf = new Document(PageSize.A4, 30 * MM, 15 * MM, 20 * MM, 20 * MM);
        try {
            PdfWriter writer = PdfWriter.getInstance(pdf, out);
            writer.setCloseStream(false);
            writer.setPageEvent(new PageNumbers(Family.SERIF, 11f));
            pdf.addTitle(document.kind() + (document.subject() == null ? "" : " " + document.subject()));
            pdf.addCreator("PAR Index Portal");
            pdf.open();
            pdf.add(heading(document));
            pdf.add(PdfTables.spacer(18f));
            addTitle(pdf, document);
            for (String basis : document.bases()) {
                pdf.add(indented(new Phrase(basis, font(Font.ITALIC, BODY)), 3f));
            }
            Paragraph decides = centred(sentenceVerb(document.kind()), Font.BOLD, BODY);
            decides.setSpacingBefore(8f);
            decides.setSpacingAfter(6f);
            pdf.add(decides);
            int number = 1;
            for (AdministrativeDocument.Article article : document.articles()) {
                Phrase text = new Phrase("", font(Font.NORMAL, BODY));
                text.add(new Chunk("Điều " + number++ + ". ", font(Font.BOLD, BODY)));
                text.add(new Chunk(article.text(), font(Font.NORMAL, BODY)));
                pdf.add(indented(text, 6f));
                for (String paragraph : article.paragraphs()) {
                    pdf.add(indented(new Phrase(paragraph, font(Font.NORMAL, BODY)), 3f));
                }
            }
            pdf.add(PdfTables.spacer(12f));
            pdf.add(closing(document));
            for (AdministrativeDocument.Annex annex : document.annexes()) {
                addAnnex(pdf, document, annex);
            }
            pdf.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the document could not be laid out", e);
        }
    }

    /** "Hải Dương, ngày 15 tháng 3 năm 2024": days below 10 and the months January and February with a 0. */
    public static String placeAndDate(String place, LocalDate date) {
        String prefix = place == null || place.isBlank() ? "" : place + ", ";
        if (date == null) {
            return prefix + "ngày      tháng      năm " + "     ";
        }
        String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : String.valueOf(date.getDayOfMonth());
        String month = date.getMonthValue() < 3 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue());
        return prefix + "ngày " + day + " tháng " + month + " năm " + date.getYear();
    }

    /** The heading table: issuer and number left, motto and place/date right, no borders. */
    private static PdfPTable heading(AdministrativeDocument document) {
        PdfPTable table = new PdfPTable(new float[] {40, 60});
        table.setWidthPercentage(100);
        PdfPCell left = borderless();
        if (document.parentBody() != null && !document.parentBody().isBlank()) {
            left.addElement(centred(document.parentBody(), Font.NORMAL, 12f));
        }
        left.addElement(centred(document.issuer(), Font.BOLD, 12f));
        left.addElement(rule(35));
        Paragraph number = centred(
                "Số: " + (document.number() == null || document.number().isBlank() ? "      /" : document.number()),
                Font.NORMAL,
                12f);
        number.setSpacingBefore(6f);
        left.addElement(number);
        table.addCell(left);

        PdfPCell right = borderless();
        right.addElement(centred(NATION, Font.BOLD, 11f));
        right.addElement(centred(MOTTO, Font.BOLD, 12f));
        right.addElement(rule(58));
        Paragraph date = centred(placeAndDate(document.place(), document.date()), Font.ITALIC, 12f);
        date.setSpacingBefore(6f);
        right.addElement(date);
        table.addCell(right);
        return table;
    }

    private static void addTitle(Document pdf, AdministrativeDocument document) throws DocumentException {
        pdf.add(centred(document.kind(), Font.BOLD, 13f));
        if (document.subject() != null && !document.subject().isBlank()) {
            pdf.add(centred(document.subject(), Font.BOLD, BODY));
        }
        // in the page flow a table starts at the baseline above: step below the descenders first
        pdf.add(PdfTables.spacer(5f));
        pdf.add(rule(25));
        if (document.authority() != null && !document.authority().isBlank()) {
            Paragraph authority = centred(document.authority(), Font.BOLD, BODY);
            authority.setSpacingBefore(10f);
            pdf.add(authority);
        }
        pdf.add(PdfTables.spacer(6f));
    }

    /** Recipients bottom left, signer block bottom right, kept together on one page. */
    private static PdfPTable closing(AdministrativeDocument document) {
        PdfPTable table = new PdfPTable(new float[] {50, 50});
        table.setWidthPercentage(100);
        table.setKeepTogether(true);
        PdfPCell recipients = borderless();
        if (!document.recipients().isEmpty()) {
            Paragraph title = new Paragraph("Nơi nhận:", font(Font.BOLDITALIC, 11f));
            recipients.addElement(title);
            for (String recipient : document.recipients()) {
                recipients.addElement(new Paragraph("- " + recipient, font(Font.NORMAL, 10f)));
            }
        }
        table.addCell(recipients);
        PdfPCell signer = borderless();
        AdministrativeDocument.Signer who = document.signer();
        if (who.capacity() != null && !who.capacity().isBlank()) {
            signer.addElement(centred(who.capacity(), Font.BOLD, BODY));
        }
        if (who.position() != null && !who.position().isBlank()) {
            signer.addElement(centred(who.position(), Font.BOLD, BODY));
        }
        Paragraph name = centred(who.name() == null ? "" : who.name(), Font.BOLD, BODY);
        name.setSpacingBefore(70f);
        signer.addElement(name);
        table.addCell(signer);
        return table;
    }

    private static void addAnnex(Document pdf, AdministrativeDocument document, AdministrativeDocument.Annex annex)
            throws DocumentException {
        pdf.setPageSize(annex.landscape() ? PageSize.A4.rotate() : PageSize.A4);
        if (annex.landscape()) {
            pdf.setMargins(20 * MM, 15 * MM, 20 * MM, 15 * MM);
        } else {
            pdf.setMargins(30 * MM, 15 * MM, 20 * MM, 20 * MM);
        }
        pdf.newPage();
        Paragraph heading = centred(annex.heading(), Font.BOLD, BODY);
        pdf.add(heading);
        for (String line : annex.title()) {
            pdf.add(centred(line, Font.BOLD, BODY));
        }
        String reference = annex.reference() != null ? annex.reference() : defaultReference(document);
        Paragraph attached = centred(reference, Font.ITALIC, 11f);
        attached.setSpacingAfter(4f);
        pdf.add(attached);
        pdf.add(rule(20));
        PdfPTable table = PdfTables.layout(annex.table(), Family.SERIF, 9f);
        pdf.add(PdfTables.spacer(8f));
        pdf.add(table);
        for (String note : annex.notes()) {
            Paragraph paragraph = new Paragraph(note, font(Font.ITALIC, 9.5f));
            paragraph.setSpacingBefore(3f);
            pdf.add(paragraph);
        }
    }

    /** "(Kèm theo Quyết định số 123/QĐ-UBND ngày 15/3/2024)" when the annex names no reference of its own. */
    static String defaultReference(AdministrativeDocument document) {
        StringBuilder text = new StringBuilder("(Kèm theo ").append(sentenceCase(document.kind()));
        text.append(" số ").append(document.number() == null ? "      /" : document.number());
        if (document.date() != null) {
            text.append(" ngày ").append(DateTimeFormatter.ofPattern("d/M/yyyy").format(document.date()));
        }
        return text.append(')').toString();
    }

    /** "QUYẾT ĐỊNH" → "QUYẾT ĐỊNH:" the line that opens the articles. */
    private static String sentenceVerb(String kind) {
        return kind.trim() + ":";
    }

    private static String sentenceCase(String text) {
        String lower = text.trim().toLowerCase(VIETNAMESE);
        return lower.isEmpty() ? lower : lower.substring(0, 1).toUpperCase(VIETNAMESE) + lower.substring(1);
    }

    private static Paragraph indented(Phrase text, float spacingBefore) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
        paragraph.setFirstLineIndent(FIRST_LINE_INDENT);
        paragraph.setSpacingBefore(spacingBefore);
        paragraph.setLeading(BODY * 1.35f);
        return paragraph;
    }

    private static Paragraph centred(String text, int style, float size) {
        Paragraph paragraph = new Paragraph(text, font(style, size));
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setLeading(size * 1.3f);
        return paragraph;
    }

    /**
     * A short centred rule under a heading, {@code percent} of the column wide: an empty table cell with
     * only its bottom border, so no text (and no font of its own) is involved.
     */
    private static PdfPTable rule(float percent) {
        PdfPTable rule = new PdfPTable(1);
        rule.setWidthPercentage(percent);
        rule.setHorizontalAlignment(Element.ALIGN_CENTER);
        PdfPCell line = new PdfPCell();
        line.setBorder(Rectangle.BOTTOM);
        line.setBorderWidthBottom(0.7f);
        line.setFixedHeight(7.5f);
        rule.addCell(line);
        return rule;
    }

    private static PdfPCell borderless() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        return cell;
    }

    private static Font font(int style, float size) {
        return PdfFonts.font(Family.SERIF, style, size);
    }
}
