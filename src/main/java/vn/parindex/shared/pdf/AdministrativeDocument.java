package vn.parindex.shared.pdf;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An official document of a Vietnamese state body (a decision, for instance) as the layout of Decree
 * 30/2020/ND-CP prints it: the issuing body and the national motto at the top, number and place/date,
 * the kind and subject, the issuing authority, the legal bases, the articles, the signer block, the
 * recipients and any annex tables. Every text is given in Vietnamese: the official document has no
 * other language (see {@link AdministrativeDocumentPdf}).
 *
 * @param parentBody the superior body printed above the issuer (e.g. "UBND TỈNH HẢI DƯƠNG" above a
 *     department), or null when the issuer has none
 * @param issuer the issuing body, e.g. "ỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG" (a line break may be given)
 * @param number the number and symbol, e.g. "123/QĐ-UBND"; null prints "Số: /" for a draft
 * @param place the place in the date line, e.g. "Hải Dương"
 * @param date the signing date; null prints a blank date for a draft
 * @param kind the kind of document, e.g. "QUYẾT ĐỊNH"
 * @param subject the subject line under the kind, e.g. "Về việc công bố Chỉ số cải cách hành chính..."
 * @param authority the body or office that decides, printed in capitals above the bases, e.g. "CHỦ TỊCH
 *     ỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG"; null prints none
 * @param bases the legal bases and the proposal, each a paragraph ("Căn cứ ...;", "Theo đề nghị ...")
 * @param articles the articles, numbered "Điều 1.", "Điều 2." in the given order
 * @param signer the signer block
 * @param recipients the "Nơi nhận" lines (e.g. "Như Điều 3;", "Lưu: VT, NC.")
 * @param annexes annex tables printed after the signature, each from a new page
 */
public record AdministrativeDocument(
        String parentBody,
        String issuer,
        String number,
        String place,
        LocalDate date,
        String kind,
        String subject,
        String authority,
        List<String> bases,
        List<Article> articles,
        Signer signer,
        List<String> recipients,
        List<Annex> annexes) {

    /** One article: its text, then any numbered or dashed paragraphs under it. */
    public record Article(String text, List<String> paragraphs) {

        public Article {
            Objects.requireNonNull(text, "text");
            paragraphs = List.copyOf(paragraphs);
        }

        public static Article of(String text) {
            return new Article(text, List.of());
        }
    }

    /**
     * The signer block: the capacity line for a signature on behalf of a collective or as a deputy
     * ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"; null when the head signs in their own name), the position
     * ("CHỦ TỊCH", "PHÓ CHỦ TỊCH") and the signer's name.
     */
    public record Signer(String capacity, String position, String name) {}

    /**
     * An annex: its heading ("Phụ lục I"), title lines in capitals, the reference to the document it is
     * attached to ("(Kèm theo Quyết định số ...)" by default when null), the table, notes printed below it,
     * and whether its pages are landscape (wide tables).
     */
    public record Annex(
            String heading,
            List<String> title,
            String reference,
            PdfTable table,
            List<String> notes,
            boolean landscape) {

        public Annex {
            title = List.copyOf(title);
            notes = List.copyOf(notes);
        }
    }

    public AdministrativeDocument {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(signer, "signer");
        bases = List.copyOf(bases);
        articles = List.copyOf(articles);
        recipients = List.copyOf(recipients);
        annexes = List.copyOf(annexes);
    }
}
