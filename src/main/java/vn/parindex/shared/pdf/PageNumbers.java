package vn.parindex.shared.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Page numbers centred in the top margin from the second page on, as Decree 30/2020/ND-CP numbers
 * official documents (the first page carries none).
 */
public class PageNumbers extends PdfPageEventHelper {

    private final PdfFonts.Family family;
    private final float size;

    public PageNumbers(PdfFonts.Family family, float size) {
        this.family = family;
        this.size = size;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        int page = writer.getPageNumber();
        if (page < 2) {
            return;
        }
        float x = (document.left() + document.right()) / 2;
        float y = document.top() + (document.topMargin() / 2);
        ColumnText.showTextAligned(
                writer.getDirectContent(),
                Element.ALIGN_CENTER,
                new Phrase(String.valueOf(page), PdfFonts.font(family, com.lowagie.text.Font.NORMAL, size)),
                x,
                y,
                0);
    }
}
