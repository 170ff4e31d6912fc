package vn.parindex.ranking.internal.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.parindex.ranking.BlockResults;
import vn.parindex.ranking.RankChange;
import vn.parindex.ranking.UnitResultRow;
import vn.parindex.shared.Locales;

class RankingCsvExportTest {

    @Test
    void startsWithAByteOrderMarkAndHoldsTheOfficialColumnsCellByCell() {
        byte[] csv = csv(ExportFixtures.departments2023(true), Locales.VIETNAMESE);

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<List<String>> rows = parse(csv);
        assertThat(rows.get(0))
                .containsExactly(
                        "STT",
                        "Mã đơn vị",
                        "Đơn vị",
                        "Tổng điểm",
                        "Chỉ số (%)",
                        "Xếp hạng",
                        "Thay đổi so với năm 2022",
                        "Xếp loại",
                        "1. Công tác chỉ đạo, điều hành cải cách hành chính (%)",
                        "2. Cải cách thể chế (%)",
                        "3. Cải cách thủ tục hành chính (%)",
                        "4. Cải cách tổ chức bộ máy (%)",
                        "5. Cải cách chế độ công vụ (%)",
                        "6. Cải cách tài chính công (%)",
                        "7. Xây dựng và phát triển chính quyền điện tử, chính quyền số (%)",
                        "8. Điều tra xã hội học (%)",
                        "Ghi chú");
        assertThat(rows.get(1))
                .containsExactly(
                        "1",
                        "SGTVT",
                        "Sở Giao thông vận tải",
                        "92.86",
                        "92.86",
                        "1",
                        "0",
                        "Tốt",
                        "92.86",
                        "92.61",
                        "92.36",
                        "92.11",
                        "91.86",
                        "91.61",
                        "91.36",
                        "91.11",
                        "");
        assertThat(rows.get(2).subList(0, 8))
                .containsExactly("2", "SNV", "Sở Nội vụ", "91.11", "91.11", "2", "0", "Tốt");
        // up one place, down one place
        assertThat(rows.get(3).get(6)).isEqualTo("+1");
        assertThat(rows.get(4).get(6)).isEqualTo("-1");
        // the tie shares 5th place, the next rank skips to 7; a comma in a name is quoted, not split
        assertThat(rows.get(5).subList(2, 6))
                .containsExactly("Sở Nông nghiệp và Phát triển nông thôn", "90.12", "90.12", "5");
        assertThat(rows.get(6).subList(2, 6)).containsExactly("Sở Văn hóa, Thể thao và Du lịch", "90.12", "90.12", "5");
        assertThat(rows.get(7).get(5)).isEqualTo("7");
        assertThat(rows.get(9).subList(1, 7)).containsExactly("STP", "Sở Tư pháp", "86.00", "86.00", "9", "mới");
        assertThat(rows.get(18).subList(1, 8))
                .containsExactly("SYT", "Sở Y tế", "72.05", "72.05", "18", "0", "Trung bình");
        // the unit not ranked: no rank, the reason (with the council's note) in the last column
        List<String> notRanked = rows.get(19);
        assertThat(notRanked.subList(0, 3)).containsExactly("19", "BDT", "Ban Dân tộc tỉnh");
        assertThat(notRanked.subList(3, 16)).allMatch(String::isEmpty);
        assertThat(notRanked.get(16))
                .isEqualTo("Không xếp hạng: Hội đồng thẩm định quyết định không xếp hạng: thành lập tháng 10/2023,"
                        + " chưa đủ 6 tháng hoạt động");
        assertThat(rows).hasSize(20).allSatisfy(row -> assertThat(row).hasSize(17));
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("\r\n").doesNotContain("92,86");
    }

    @Test
    void englishHeadingsAndNamesButNumbersStillWithADot() {
        List<List<String>> rows = parse(csv(ExportFixtures.departments2023(true), Locales.ENGLISH));

        assertThat(rows.get(0).subList(0, 8))
                .containsExactly(
                        "No.", "Unit code", "Unit", "Points", "Index (%)", "Rank", "Change since 2022", "Band");
        assertThat(rows.get(1).subList(2, 8))
                .containsExactly("Department of Transport", "92.86", "92.86", "1", "0", "Good");
        assertThat(rows.get(9).get(6)).isEqualTo("new");
        assertThat(rows.get(19).get(16)).startsWith("Not ranked: the council decided not to rank it");
    }

    @Test
    void cellsThatASpreadsheetWouldRunAreDefused() {
        assertThat(RankingCsvExport.cell("=HYPERLINK(\"http://evil\",\"x\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"");
        assertThat(RankingCsvExport.cell("+cmd|' /C calc'!A0")).isEqualTo("'+cmd|' /C calc'!A0");
        assertThat(RankingCsvExport.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(RankingCsvExport.cell("@SUM(A1:A2)")).isEqualTo("'@SUM(A1:A2)");
        assertThat(RankingCsvExport.cell("\tx")).isEqualTo("'\tx");
        // plain numbers cannot be formulas and stay numbers
        assertThat(RankingCsvExport.cell("-1")).isEqualTo("-1");
        assertThat(RankingCsvExport.cell("+2")).isEqualTo("+2");
        assertThat(RankingCsvExport.cell("92.86")).isEqualTo("92.86");
        // RFC 4180: quotes doubled, line breaks kept inside quotes
        assertThat(RankingCsvExport.cell("a \"b\"")).isEqualTo("\"a \"\"b\"\"\"");
        assertThat(RankingCsvExport.cell("a\nb")).isEqualTo("\"a\nb\"");
        assertThat(RankingCsvExport.cell(null)).isEmpty();
    }

    @Test
    void aUnitNamedLikeAFormulaIsWrittenAsText() {
        BlockResults fixture = ExportFixtures.departments2023(false);
        UnitResultRow first = fixture.ranked().get(0);
        UnitResultRow hostile = new UnitResultRow(
                first.unitId(),
                "=1+1",
                "=cmd|'/C calc'!A0",
                "@evil",
                "x",
                first.total(),
                BigDecimal.ZERO,
                first.applicableMaximum(),
                first.index(),
                1,
                1,
                new RankChange(RankChange.Direction.SAME, 0),
                first.band(),
                first.areas());
        BlockResults results = new BlockResults(
                fixture.periodId(),
                fixture.year(),
                fixture.blockId(),
                fixture.blockNameVi(),
                fixture.blockNameEn(),
                fixture.areas(),
                List.of(hostile),
                List.of(),
                Optional.empty());

        List<List<String>> rows = parse(csv(results, Locales.VIETNAMESE));

        assertThat(rows.get(1).subList(1, 3)).containsExactly("'=1+1", "'=cmd|'/C calc'!A0");
        assertThat(parse(csv(results, Locales.ENGLISH)).get(1).get(2)).isEqualTo("'@evil");
    }

    static byte[] csv(BlockResults results, java.util.Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RankingCsvExport.write(results, locale, out);
        return out.toByteArray();
    }

    /** RFC 4180 reader: BOM required and dropped, quoted fields with doubled quotes, CRLF records. */
    static List<List<String>> parse(byte[] csv) {
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        assertThat(row).as("the last record ends with CRLF").isEmpty();
        assertThat(cell).isEmpty();
        return rows;
    }
}
