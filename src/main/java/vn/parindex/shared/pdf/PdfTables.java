package vn.parindex.shared.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;

/** Lays a {@link PdfTable} out as a bordered OpenPDF table whose heading row repeats on every page. */
public final class PdfTables {

    static final Color HEADING_BACKGROUND = new Color(0xE8, 0xEC, 0xF2);
    static final Color SECTION_BACKGROUND = new Color(0xF4, 0xF4, 0xF4);

    private PdfTables() {}

    /** The table across the full text width, in the family at the size (headings in bold). */
    public static PdfPTable layout(PdfTable table, PdfFonts.Family family, float size) {
        Font regular = PdfFonts.font(family, Font.NORMAL, size);
        Font bold = PdfFonts.font(family, Font.BOLD, size);
        float[] widths = new float[table.columns().size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = table.columns().get(c).width();
        }
        PdfPTable pdf = new PdfPTable(widths);
        pdf.setWidthPercentage(100);
        pdf.setHeaderRows(1);
        pdf.setSplitLate(false);
        for (PdfTable.Column column : table.columns()) {
            PdfPCell cell = cell(column.heading(), bold, Element.ALIGN_CENTER);
            cell.setBackgroundColor(HEADING_BACKGROUND);
            cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            pdf.addCell(cell);
        }
        for (PdfTable.Row row : table.rows()) {
            if (row.style() == PdfTable.RowStyle.SECTION) {
                PdfPCell cell = cell(row.cells().isEmpty() ? "" : row.cells().get(0), bold, Element.ALIGN_LEFT);
                cell.setColspan(widths.length);
                cell.setBackgroundColor(SECTION_BACKGROUND);
                pdf.addCell(cell);
                continue;
            }
            Font font = row.style() == PdfTable.RowStyle.EMPHASIS ? bold : regular;
            for (int c = 0; c < widths.length; c++) {
                pdf.addCell(cell(
                        row.cells().get(c), font, align(table.columns().get(c).align())));
            }
        }
        return pdf;
    }

    /**
     * Vertical space of {@code points} set in a DejaVu font. Use it instead of a table's spacing before
     * or after: OpenPDF draws that spacing as a space in its default font (Helvetica), which would then be
     * a font the PDF uses without embedding it.
     */
    public static com.lowagie.text.Paragraph spacer(float points) {
        com.lowagie.text.Paragraph spacer =
                new com.lowagie.text.Paragraph(points, " ", PdfFonts.font(PdfFonts.Family.SANS, Font.NORMAL, 1f));
        return spacer;
    }

    static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setPaddingTop(2f);
        cell.setPaddingBottom(4f);
        cell.setPaddingLeft(3f);
        cell.setPaddingRight(3f);
        cell.setUseAscender(true);
        return cell;
    }

    static int align(PdfTable.Align align) {
        return switch (align) {
            case LEFT -> Element.ALIGN_LEFT;
            case CENTER -> Element.ALIGN_CENTER;
            case RIGHT -> Element.ALIGN_RIGHT;
        };
    }
}
