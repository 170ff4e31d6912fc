package vn.parindex.ranking.internal.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.parindex.shared.pdf.PdfAssertions.withoutSpaces;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import vn.parindex.ranking.BlockResults;
import vn.parindex.shared.Locales;
import vn.parindex.shared.pdf.AdministrativeDocument;
import vn.parindex.shared.pdf.PdfAssertions;

class RankingPdfExportTest {

    @Test
    void theAnnouncementIsALandscapeTableInVietnameseWithTheFontEmbedded() {
        byte[] pdf = announcement(ExportFixtures.departments2023(true), Locales.VIETNAMESE);
        PdfAssertions.keep("announcement-vi.pdf", pdf);

        String text = PdfAssertions.text(pdf);
        assertThat(withoutSpaces(text))
                .containsSubsequence(withoutSpaces(
                        "TỈNH HẢI DƯƠNG",
                        "KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023",
                        "Khối: Khối sở, ban, ngành",
                        "Công bố lần 1 ngày 15/03/2024, Quyết định số 123/QĐ-UBND",
                        "STT Đơn vị Tổng",
                        "1 Sở Giao thông vận tải 92,86 92,86 1 = Tốt 92,86 92,61",
                        "2 Sở Nội vụ 91,11 91,11 2 = Tốt",
                        "3 Sở Giáo dục và Đào tạo 90,75 90,75 3 +1 Tốt",
                        "4 Sở Thông tin và Truyền thông 90,40 90,40 4 -1",
                        "Sở Văn hóa, Thể thao và Du lịch 90,12 90,12 5",
                        "9 Sở Tư pháp 86,00 86,00 9 mới Khá",
                        "18 Sở Y tế 72,05 72,05 18 = Trung bình",
                        "Lĩnh vực: 1. Công tác chỉ đạo, điều hành cải cách hành chính; 2. Cải cách thể chế;",
                        "Đơn vị không xếp hạng",
                        "1 Ban Dân tộc tỉnh Hội đồng thẩm định quyết định không xếp hạng"));
        // headings wrap within their cells, so their words come out interleaved: look for each one
        assertThat(withoutSpaces(text)).contains("Thayđổi", "2022", "Xếploại");
        PdfAssertions.assertDejaVuEmbedded(pdf);
        float[] first = PdfAssertions.pageSizes(pdf).get(0);
        assertThat(first[0]).isGreaterThan(first[1]);
    }

    @Test
    void theAnnouncementInEnglishAndADraftSaysSo() {
        String text = PdfAssertions.text(announcement(ExportFixtures.departments2023(false), Locales.ENGLISH));

        assertThat(withoutSpaces(text))
                .containsSubsequence(withoutSpaces(
                        "HAI DUONG PROVINCE",
                        "ADMINISTRATIVE REFORM INDEX 2023: RESULTS",
                        "DRAFT: results not published, they may still change",
                        "No. Unit Points Index (%)",
                        "1 Department of Transport 92.86 92.86 1 = Good",
                        "9 Department of Justice 86.00 86.00 9 new Fairly good",
                        "Units not ranked"));
    }

    @Test
    void aLongBlockRepeatsTheHeadingRowOnEveryPage() {
        byte[] pdf = announcement(ExportFixtures.generated(200), Locales.VIETNAMESE);
        int pages = PdfAssertions.pageSizes(pdf).size();

        assertThat(pages).isGreaterThan(3);
        for (int page = 1; page <= pages; page++) {
            String text = withoutSpaces(PdfAssertions.pageText(pdf, page));
            if (text.contains("Ủybannhândânxã")) {
                assertThat(text).as("page %d", page).contains("STTĐơnvịTổng", "Xếploại", "2068");
            }
        }
        assertThat(withoutSpaces(PdfAssertions.pageText(pdf, pages))).contains("Xãchưathẩmđịnh1");
    }

    @Test
    void theScorecardHoldsTheUnitsResultAreasAndPlaceOnOnePage() {
        byte[] pdf = scorecard(ExportFixtures.departments2023(true), ExportFixtures.HOME_AFFAIRS, Locales.VIETNAMESE);
        PdfAssertions.keep("scorecard-vi.pdf", pdf);

        assertThat(PdfAssertions.pageSizes(pdf)).hasSize(1);
        assertThat(withoutSpaces(PdfAssertions.text(pdf)))
                .containsSubsequence(withoutSpaces(
                        "TỈNH HẢI DƯƠNG",
                        "PHIẾU KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023",
                        "Khối: Khối sở, ban, ngành",
                        "Sở Nội vụ",
                        "Tổng điểm 91,11 / 100,00 điểm",
                        "Chỉ số cải cách hành chính 91,11 %",
                        "Xếp hạng trong khối 2 / 18 đơn vị được xếp hạng",
                        "Thay đổi thứ hạng Giữ nguyên (hạng 2 năm 2022)",
                        "Xếp loại Tốt",
                        "Kết quả theo lĩnh vực",
                        "Lĩnh vực Điểm đạt Điểm tối đa Chỉ số (%)",
                        "1. Công tác chỉ đạo, điều hành cải cách hành chính 9,11 10,00 91,11",
                        "8. Điều tra xã hội học 26,81 30,00 89,36",
                        "Tổng cộng 91,11 100,00 91,11",
                        "Vị trí trong khối",
                        "1 Sở Giao thông vận tải 92,86 =",
                        "2 Sở Nội vụ 91,11 =",
                        "5 Sở Nông nghiệp và Phát triển nông thôn 90,12 +1"));
        PdfAssertions.assertDejaVuEmbedded(pdf);
    }

    @Test
    void theScorecardOfTheFirstUnitShowsAdjustmentsAndTheUnitsBelowIt() {
        String text = withoutSpaces(PdfAssertions.text(
                scorecard(ExportFixtures.departments2023(false), ExportFixtures.TRANSPORT, Locales.ENGLISH)));

        assertThat(text)
                .containsSubsequence(withoutSpaces(
                        "DRAFT",
                        "Department of Transport",
                        "Adjustments (included in the points) +0.50",
                        "Rank in the block 1 of 18 ranked units",
                        "Unchanged (rank 1 in 2022)",
                        "1 Department of Transport 92.86 =",
                        "4 Department of Information and Communications 90.40 -1"))
                .doesNotContain(withoutSpaces("Department of Agriculture"));
    }

    @Test
    void aScorecardForAUnitNotRankedGivesTheReasonAndAnUnknownUnitIsRefused() {
        String text = PdfAssertions.text(
                scorecard(ExportFixtures.departments2023(true), ExportFixtures.ETHNIC_BOARD, Locales.VIETNAMESE));
        assertThat(withoutSpaces(text))
                .contains(withoutSpaces("Ban Dân tộc tỉnh"))
                .contains(withoutSpaces("Đơn vị không được xếp hạng năm 2023. Lý do: Hội đồng thẩm định quyết định"
                        + " không xếp hạng: thành lập tháng 10/2023"));
        String justice = PdfAssertions.text(
                scorecard(ExportFixtures.departments2023(true), ExportFixtures.JUSTICE, Locales.VIETNAMESE));
        assertThat(withoutSpaces(justice)).contains(withoutSpaces("Mới (không có thứ hạng năm 2022)"));

        assertThatThrownBy(() -> scorecard(ExportFixtures.departments2023(true), 999_999, Locales.VIETNAMESE))
                .isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void theDecisionIsVietnameseInTheAdministrativeLayoutWithTheRankingAsAnnex() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultsDecisionPdf.write(ExportFixtures.decision(), List.of(ExportFixtures.departments2023(true)), out);
        byte[] pdf = out.toByteArray();
        PdfAssertions.keep("decision.pdf", pdf);

        assertThat(withoutSpaces(PdfAssertions.text(pdf)))
                .containsSubsequence(withoutSpaces(
                        "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                        "TỈNH HẢI DƯƠNG Độc lập - Tự do - Hạnh phúc",
                        "Số: 123/QĐ-UBND Hải Dương, ngày 15 tháng 3 năm 2024",
                        "QUYẾT ĐỊNH",
                        "Về việc công bố Chỉ số cải cách hành chính năm 2023 của khối sở, ban, ngành tỉnh Hải Dương",
                        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG",
                        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
                        "Căn cứ Nghị quyết số 76/NQ-CP",
                        "Theo đề nghị của Giám đốc Sở Nội vụ",
                        "QUYẾT ĐỊNH:",
                        "Điều 1. Công bố Chỉ số cải cách hành chính năm 2023 của khối sở, ban, ngành tỉnh Hải Dương (chi"
                                + " tiết tại Phụ lục kèm theo).",
                        "Điều 2. Các sở, ban, ngành căn cứ kết quả",
                        "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.",
                        "Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ",
                        "chịu trách nhiệm thi hành Quyết định này.",
                        // recipients (left) and signer (right) share their lines
                        "Nơi nhận: TM. ỦY BAN NHÂN DÂN",
                        "- Như Điều 4; CHỦ TỊCH",
                        "Triệu Thế Hùng",
                        "Phụ lục",
                        "KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023",
                        "KHỐI SỞ, BAN, NGÀNH",
                        "(Kèm theo Quyết định số 123/QĐ-UBND ngày 15/3/2024 của Ủy ban nhân dân tỉnh Hải Dương)",
                        "1 Sở Giao thông vận tải 92,86 92,86 1 = Tốt",
                        "18 Sở Y tế 72,05 72,05 18 = Trung",
                        "Lĩnh vực: 1. Công tác chỉ đạo",
                        "Không xếp hạng: Ban Dân tộc tỉnh"));
        PdfAssertions.assertDejaVuEmbedded(pdf);
    }

    @Test
    void aDecisionOnTwoBlocksHasOneAnnexEach() {
        BlockResults departments = ExportFixtures.departments2023(true);
        BlockResults districts = new BlockResults(
                departments.periodId(),
                2023,
                2,
                "Khối huyện, thị xã, thành phố",
                "Districts",
                departments.areas(),
                departments.ranked().subList(0, 3),
                List.of(),
                departments.publication());

        AdministrativeDocument document =
                ResultsDecisionPdf.document(ExportFixtures.decision(), List.of(departments, districts));

        assertThat(document.subject())
                .isEqualTo("Về việc công bố Chỉ số cải cách hành chính năm 2023 của khối sở, ban, ngành và khối huyện,"
                        + " thị xã, thành phố tỉnh Hải Dương");
        assertThat(document.articles().get(0).text()).contains("(chi tiết tại các Phụ lục I, Phụ lục II kèm theo)");
        assertThat(document.annexes())
                .extracting(AdministrativeDocument.Annex::heading)
                .containsExactly("Phụ lục I", "Phụ lục II");
        assertThat(document.annexes().get(1).title())
                .containsExactly("KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023", "KHỐI HUYỆN, THỊ XÃ, THÀNH PHỐ");
        assertThat(document.annexes().get(1).table().rows()).hasSize(3);
        assertThatThrownBy(() -> ResultsDecisionPdf.document(ExportFixtures.decision(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static byte[] announcement(BlockResults results, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RankingAnnouncementPdf.write(results, province(locale), locale, out);
        return out.toByteArray();
    }

    static byte[] scorecard(BlockResults results, long unitId, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        UnitScorecardPdf.write(results, unitId, province(locale), locale, out);
        return out.toByteArray();
    }

    private static String province(Locale locale) {
        return Locales.isEnglish(locale) ? "Hai Duong Province" : "Tỉnh Hải Dương";
    }
}
