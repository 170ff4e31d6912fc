package vn.parindex.ranking.internal.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.parindex.ranking.AreaResult;
import vn.parindex.ranking.BlockResults;
import vn.parindex.ranking.PublicationRef;
import vn.parindex.ranking.RankChange;
import vn.parindex.ranking.UnitResultRow;
import vn.parindex.ranking.UnrankedUnit;
import vn.parindex.shared.Locales;
import vn.parindex.shared.pdf.PdfAssertions;

class ExportTextsTest {

    @Test
    void everyReasonForNotRankingIsTranslatedInBothLanguages() {
        for (Locale locale : Locales.SUPPORTED) {
            ExportTexts texts = new ExportTexts(locale);
            List<String> seen = new ArrayList<>();
            for (UnrankedUnit.Reason reason : UnrankedUnit.Reason.values()) {
                String text = texts.reason(new UnrankedUnit(1, "X", "X", "X", reason, null));
                assertThat(text).as("%s in %s", reason, locale).isNotBlank().doesNotContain("rankingExport");
                seen.add(text);
            }
            assertThat(seen).doesNotHaveDuplicates();
        }
        assertThat(new ExportTexts(Locales.VIETNAMESE)
                        .reason(new UnrankedUnit(1, "X", "X", "X", UnrankedUnit.Reason.NOT_APPRAISED, "hồ sơ thiếu")))
                .isEqualTo("Chưa hoàn thành thẩm định: hồ sơ thiếu");
    }

    @Test
    void changesAndStatusInBothLanguages() {
        ExportTexts vi = new ExportTexts(Locales.VIETNAMESE);
        ExportTexts en = new ExportTexts(Locales.ENGLISH);
        assertThat(vi.change(new RankChange(RankChange.Direction.UP, 2))).isEqualTo("+2");
        assertThat(vi.change(new RankChange(RankChange.Direction.DOWN, 6))).isEqualTo("-6");
        assertThat(vi.change(new RankChange(RankChange.Direction.SAME, 0))).isEqualTo("=");
        assertThat(vi.change(new RankChange(RankChange.Direction.NEW, 0))).isEqualTo("mới");
        assertThat(en.change(new RankChange(RankChange.Direction.NEW, 0))).isEqualTo("new");
        // an unknown language falls back to Vietnamese, the portal's default
        assertThat(new ExportTexts(Locale.FRENCH).change(new RankChange(RankChange.Direction.NEW, 0)))
                .isEqualTo("mới");

        BlockResults published = ExportFixtures.departments2023(true);
        BlockResults unnumbered = copy(
                published,
                published.ranked(),
                Optional.of(new PublicationRef(8, 2, Instant.parse("2024-04-02T02:00:00Z"), "noivu", "sửa lỗi", null)));
        assertThat(vi.status(unnumbered)).isEqualTo("Công bố lần 2 ngày 02/04/2024");
        assertThat(en.status(published)).isEqualTo("Published (revision 1) on 15 Mar 2024, Decision No. 123/QĐ-UBND");
        // a rank past 999 is never grouped ("1.234")
        UnitResultRow row = published.ranked().get(0);
        UnitResultRow far = new UnitResultRow(
                row.unitId(),
                row.unitCode(),
                row.unitNameVi(),
                row.unitNameEn(),
                row.unitShortName(),
                row.total(),
                row.adjustments(),
                row.applicableMaximum(),
                row.index(),
                1234,
                1300,
                new RankChange(RankChange.Direction.UP, 66),
                row.band(),
                row.areas());
        assertThat(vi.changeInWords(far, 2022)).isEqualTo("Tăng 66 bậc (hạng 1300 năm 2022)");
    }

    @Test
    void anAreaThatDoesNotApplyToTheUnitIsLeftEmpty() throws IOException {
        BlockResults fixture = ExportFixtures.departments2023(true);
        UnitResultRow row = fixture.ranked().get(0);
        List<AreaResult> areas = new ArrayList<>(row.areas());
        AreaResult second = areas.get(1);
        areas.set(1, new AreaResult(second.areaNodeId(), BigDecimal.ZERO, BigDecimal.ZERO, null));
        UnitResultRow partial = new UnitResultRow(
                row.unitId(),
                row.unitCode(),
                row.unitNameVi(),
                row.unitNameEn(),
                row.unitShortName(),
                row.total(),
                row.adjustments(),
                row.applicableMaximum(),
                row.index(),
                row.rank(),
                row.previousRank(),
                row.change(),
                row.band(),
                areas);
        BlockResults results = copy(fixture, List.of(partial), fixture.publication());

        List<String> csv = RankingCsvExportTest.parse(RankingCsvExportTest.csv(results, Locales.VIETNAMESE))
                .get(1);
        assertThat(csv.subList(8, 11)).containsExactly("92.86", "", "92.36");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RankingXlsxExport.write(results, "Tỉnh Hải Dương", Locales.VIETNAMESE, out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var cells = workbook.getSheetAt(0).getRow(RankingXlsxExport.HEADER_ROW + 1);
            assertThat(cells.getCell(RankingXlsxExport.FIRST_AREA_COLUMN + 1).getCellType())
                    .isEqualTo(CellType.BLANK);
            assertThat(cells.getCell(RankingXlsxExport.FIRST_AREA_COLUMN + 2).getNumericCellValue())
                    .isEqualTo(92.36);
        }

        String pdf = PdfAssertions.withoutSpaces(
                PdfAssertions.text(RankingPdfExportTest.announcement(results, Locales.VIETNAMESE)));
        assertThat(pdf).contains("92,86—92,36");
    }

    private static BlockResults copy(
            BlockResults results, List<UnitResultRow> ranked, Optional<PublicationRef> publication) {
        return new BlockResults(
                results.periodId(),
                results.year(),
                results.blockId(),
                results.blockNameVi(),
                results.blockNameEn(),
                results.areas(),
                ranked,
                results.notRanked(),
                publication);
    }
}
