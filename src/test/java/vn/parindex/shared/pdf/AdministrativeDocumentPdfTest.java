package vn.parindex.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.parindex.shared.pdf.AdministrativeDocument.Annex;
import vn.parindex.shared.pdf.AdministrativeDocument.Article;
import vn.parindex.shared.pdf.AdministrativeDocument.Signer;
import vn.parindex.shared.pdf.PdfTable.Align;
import vn.parindex.shared.pdf.PdfTable.Column;

class AdministrativeDocumentPdfTest {

    @Test
    void theDateLineWritesDaysBelowTenAndJanuaryAndFebruaryWithALeadingZero() {
        assertThat(AdministrativeDocumentPdf.placeAndDate("Hải Dương", LocalDate.of(2024, 3, 15)))
                .isEqualTo("Hải Dương, ngày 15 tháng 3 năm 2024");
        assertThat(AdministrativeDocumentPdf.placeAndDate("Hải Dương", LocalDate.of(2024, 2, 5)))
                .isEqualTo("Hải Dương, ngày 05 tháng 02 năm 2024");
        assertThat(AdministrativeDocumentPdf.placeAndDate("Hà Nội", LocalDate.of(2023, 12, 1)))
                .isEqualTo("Hà Nội, ngày 01 tháng 12 năm 2023");
        assertThat(AdministrativeDocumentPdf.placeAndDate("Hải Dương", null)).startsWith("Hải Dương, ngày ");
    }

    @Test
    void printsEveryPartInOrderWithVietnameseIntactAndTheFontEmbedded() {
        byte[] pdf = pdf(document(3));
        PdfAssertions.keep("administrative-document.pdf", pdf);

        // line breaks and spaces as laid out (and as the extractor guesses them) are not the point here
        String text = PdfAssertions.withoutSpaces(PdfAssertions.text(pdf));
        assertThat(text)
                .containsSubsequence(PdfAssertions.withoutSpaces(
                        "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                        "TỈNH HẢI DƯƠNG Độc lập - Tự do - Hạnh phúc",
                        "Số: 123/QĐ-UBND Hải Dương, ngày 15 tháng 3 năm 2024",
                        "QUYẾT ĐỊNH",
                        "Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
                        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG",
                        "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
                        "QUYẾT ĐỊNH:",
                        "Điều 1. Tặng Bằng khen cho 3 tập thể",
                        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
                        "Nơi nhận: TM. ỦY BAN NHÂN DÂN",
                        "- Như Điều 2; CHỦ TỊCH",
                        "Triệu Thế Hùng",
                        "Phụ lục",
                        "DANH SÁCH TẬP THỂ ĐƯỢC TẶNG BẰNG KHEN",
                        "(Kèm theo Quyết định số 123/QĐ-UBND ngày 15/3/2024)",
                        "STT",
                        "Sở Giao thông vận tải",
                        "Thành tích xuất sắc trong công tác cải cách hành chính năm 2023"));
        assertThat(PdfAssertions.assertDejaVuEmbedded(pdf)).anyMatch(name -> name.contains("DejaVuSerif"));
        // the annex is landscape, the document itself portrait A4
        List<float[]> sizes = PdfAssertions.pageSizes(pdf);
        assertThat(sizes.get(0)[0]).isLessThan(sizes.get(0)[1]);
        assertThat(sizes.get(sizes.size() - 1)[0]).isGreaterThan(sizes.get(sizes.size() - 1)[1]);
    }

    @Test
    void aLongAnnexRepeatsItsHeadingRowAndNumbersPagesFromTheSecond() {
        byte[] pdf = pdf(document(120));
        List<float[]> sizes = PdfAssertions.pageSizes(pdf);
        assertThat(sizes).hasSizeGreaterThan(3);
        String last = PdfAssertions.pageText(pdf, sizes.size());
        assertThat(last).contains("STT", "Tên tập thể").contains(String.valueOf(sizes.size()));
        assertThat(PdfAssertions.pageText(pdf, 1)).doesNotStartWith("1");
    }

    @Test
    void aDraftWithoutNumberOrDateStillPrints() {
        AdministrativeDocument full = document(1);
        AdministrativeDocument draft = new AdministrativeDocument(
                "UBND TỈNH HẢI DƯƠNG",
                "SỞ NỘI VỤ",
                null,
                "Hải Dương",
                null,
                full.kind(),
                full.subject(),
                null,
                List.of(),
                full.articles(),
                new Signer(null, "GIÁM ĐỐC", "Lê Văn Thành"),
                List.of(),
                List.of());

        String text = PdfAssertions.text(pdf(draft));

        assertThat(text).containsSubsequence("UBND TỈNH HẢI DƯƠNG", "SỞ NỘI VỤ", "Số:", "Hải Dương, ngày", "GIÁM ĐỐC");
    }

    private static byte[] pdf(AdministrativeDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AdministrativeDocumentPdf.write(document, out);
        return out.toByteArray();
    }

    static AdministrativeDocument document(int collectives) {
        List<PdfTable.Row> rows = new ArrayList<>();
        for (int i = 1; i <= collectives; i++) {
            rows.add(PdfTable.Row.of(List.of(
                    String.valueOf(i),
                    i == 1 ? "Sở Giao thông vận tải" : "Tập thể số " + i,
                    "Thành tích xuất sắc trong công tác cải cách hành chính năm 2023")));
        }
        PdfTable table = new PdfTable(
                List.of(
                        new Column("STT", 6, Align.CENTER),
                        new Column("Tên tập thể", 44, Align.LEFT),
                        new Column("Thành tích", 50, Align.LEFT)),
                rows);
        return new AdministrativeDocument(
                null,
                "ỦY BAN NHÂN DÂN\nTỈNH HẢI DƯƠNG",
                "123/QĐ-UBND",
                "Hải Dương",
                LocalDate.of(2024, 3, 15),
                "QUYẾT ĐỊNH",
                "Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
                "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG",
                List.of(
                        "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
                        "Theo đề nghị của Giám đốc Sở Nội vụ."),
                List.of(
                        Article.of("Tặng Bằng khen cho " + collectives + " tập thể (có danh sách kèm theo)."),
                        Article.of("Quyết định này có hiệu lực kể từ ngày ký.")),
                new Signer("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Triệu Thế Hùng"),
                List.of("Như Điều 2;", "Lưu: VT, NC."),
                List.of(new Annex(
                        "Phụ lục", List.of("DANH SÁCH TẬP THỂ ĐƯỢC TẶNG BẰNG KHEN"), null, table, List.of(), true)));
    }
}
