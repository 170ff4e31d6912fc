package vn.parindex.ranking.internal.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Consumer;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.parindex.ranking.BlockResults;
import vn.parindex.shared.Locales;

/**
 * Exports of a 1,000-unit block (goal: XLSX under 3 s on these 2-core machines) and of a 10,000-unit
 * one. As every performance test here, it prints the absolute times (grep PERF) and asserts only what
 * the same run measures: the streaming XLSX grows linearly (10 times the units in at most 25 times the
 * time; a writer that slowed down per row would go far past that). No Spring context, no database:
 * the renderers get a generated {@link BlockResults}.
 */
class RankingExportPerformanceTest {

    @Test
    void exportsOfAThousandAndTenThousandUnits() throws IOException {
        BlockResults thousand = ExportFixtures.generated(1_000);
        BlockResults tenThousand = ExportFixtures.generated(10_000);
        // the first runs load classes, fonts and POI's first workbook: printed, then measured warm
        Result coldXlsx = time(out -> RankingXlsxExport.write(thousand, "Tỉnh Hải Dương", Locales.VIETNAMESE, out));
        Result coldPdf = time(out -> RankingAnnouncementPdf.write(thousand, "Tỉnh Hải Dương", Locales.VIETNAMESE, out));
        System.out.printf(
                "PERF ranking export, 1,000 units, first run in the JVM: XLSX %d ms, PDF announcement %d ms%n",
                coldXlsx.millis, coldPdf.millis);

        Result xlsx = best(out -> RankingXlsxExport.write(thousand, "Tỉnh Hải Dương", Locales.VIETNAMESE, out));
        Result csv = best(out -> RankingCsvExport.write(thousand, Locales.VIETNAMESE, out));
        Result pdf = best(out -> RankingAnnouncementPdf.write(thousand, "Tỉnh Hải Dương", Locales.VIETNAMESE, out));
        Result xlsxTen = best(out -> RankingXlsxExport.write(tenThousand, "Tỉnh Hải Dương", Locales.VIETNAMESE, out));
        Result csvTen = best(out -> RankingCsvExport.write(tenThousand, Locales.VIETNAMESE, out));

        System.out.printf(
                "PERF ranking export, 1,000 units: XLSX %d ms (%d KB), CSV %d ms (%d KB), PDF announcement %d ms (%d KB)%n",
                xlsx.millis, xlsx.bytes / 1024, csv.millis, csv.bytes / 1024, pdf.millis, pdf.bytes / 1024);
        System.out.printf(
                "PERF ranking export, 10,000 units: XLSX %d ms (%d KB), CSV %d ms (%d KB)%n",
                xlsxTen.millis, xlsxTen.bytes / 1024, csvTen.millis, csvTen.bytes / 1024);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.content))) {
            // 1,000 ranked + 10 not ranked, title rows, headings and the gap between the two lists
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(RankingXlsxExport.HEADER_ROW + 1_000 + 3 + 10);
            assertThat(workbook.getSheetAt(0)
                            .getRow(RankingXlsxExport.HEADER_ROW + 1_000)
                            .getCell(4)
                            .getNumericCellValue())
                    .isEqualTo(1_000);
        }
        assertThat(xlsxTen.millis)
                .as("10,000 units against 1,000")
                .isLessThanOrEqualTo(Math.max(25 * xlsx.millis, 2_000));
    }

    private record Result(long millis, long bytes, byte[] content) {}

    /** The fastest of three runs. */
    private static Result best(Consumer<OutputStream> export) {
        Result best = null;
        for (int run = 0; run < 3; run++) {
            Result result = time(export);
            if (best == null || result.millis < best.millis) {
                best = result;
            }
        }
        return best;
    }

    private static Result time(Consumer<OutputStream> export) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long start = System.nanoTime();
        export.accept(out);
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Result(millis, out.size(), out.toByteArray());
    }
}
