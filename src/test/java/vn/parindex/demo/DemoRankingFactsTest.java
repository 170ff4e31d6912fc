package vn.parindex.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.period.PeriodDirectory;
import vn.parindex.ranking.BlockResults;
import vn.parindex.ranking.RankChange;
import vn.parindex.ranking.RankChange.Direction;
import vn.parindex.ranking.RankingResults;
import vn.parindex.ranking.UnitResultRow;
import vn.parindex.support.PortalIntegrationTest;
import vn.parindex.support.SignIn;

/**
 * Every fact of the Hai Duong 2023 report (and the constraints the leader classifications and awards
 * put on the scores it does not give), checked on the demo's 2022 and 2023 publications, which were
 * frozen from the stored item scores through the ranking module, and on a fresh draft from those
 * scores (they must agree).
 */
@PortalIntegrationTest
class DemoRankingFactsTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    RankingResults results;

    @Autowired
    PeriodDirectory periods;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private BlockResults published(int year, String block) {
        SignIn.as(context, "lanhdao");
        long periodId = periods.byYear(year).orElseThrow().id();
        long blockId = jdbc.queryForObject("select id from org_block where code = ?", Long.class, block);
        BlockResults results = this.results.results(periodId, blockId);
        assertThat(results.published()).as(year + " " + block + " published").isTrue();
        return results;
    }

    private static Map<String, UnitResultRow> byCode(BlockResults results) {
        return results.ranked().stream().collect(Collectors.toMap(UnitResultRow::unitCode, Function.identity()));
    }

    private static List<String> codesAtRanks(BlockResults results, int from, int to) {
        return results.ranked().stream()
                .filter(r -> r.rank() >= from && r.rank() <= to)
                .map(UnitResultRow::unitCode)
                .toList();
    }

    private static long reaching(BlockResults results, String index) {
        return results.ranked().stream()
                .filter(r -> r.index().compareTo(new java.math.BigDecimal(index)) >= 0)
                .count();
    }

    private static long below(BlockResults results, String index) {
        return results.ranked().stream()
                .filter(r -> r.index().compareTo(new java.math.BigDecimal(index)) < 0)
                .count();
    }

    @Test
    void departments2023And2022() {
        BlockResults now = published(2023, "DEPARTMENT");
        BlockResults before = published(2022, "DEPARTMENT");
        assertThat(now.ranked()).hasSize(18);
        assertThat(now.notRanked()).isEmpty();
        Map<String, UnitResultRow> units = byCode(now);
        Map<String, UnitResultRow> last = byCode(before);

        assertThat(units.get("SGTVT").rank()).isEqualTo(1);
        assertThat(units.get("SGTVT").index()).isEqualByComparingTo("92.86");
        assertThat(units.get("SNV").rank()).isEqualTo(2);
        assertThat(units.get("SNV").index()).isEqualByComparingTo("91.11");
        assertThat(units.get("BQLKCN").rank()).isEqualTo(17);
        assertThat(units.get("SYT").rank()).isEqualTo(18);
        assertThat(last.get("SGTVT").rank()).isEqualTo(1);
        assertThat(last.get("SNV").rank()).isEqualTo(2);
        assertThat(last.get("BQLKCN").rank()).isEqualTo(17);
        assertThat(last.get("SYT").rank()).isEqualTo(18);
        for (String code : List.of("SGTVT", "SNV", "BQLKCN", "SYT")) {
            assertThat(units.get(code).change()).as(code).isEqualTo(new RankChange(Direction.SAME, 0));
        }

        // the 6 heads rated "excellently" and the 6 departments awarded: ranks 3-6 and exactly 6 reach 90
        assertThat(codesAtRanks(now, 3, 6)).containsExactlyInAnyOrder("SGDDT", "STTTT", "SNNPTNT", "SVHTTDL");
        assertThat(reaching(now, "90")).isEqualTo(6);
        // nobody rated only "completed" in 2023; 2 department heads in 2022 (ranks 17 and 18)
        assertThat(below(now, "70")).isZero();
        assertThat(below(before, "70")).isEqualTo(2);
        assertThat(before.ranked())
                .filteredOn(r -> r.index().compareTo(new java.math.BigDecimal("70")) < 0)
                .extracting(UnitResultRow::rank)
                .containsExactlyInAnyOrder(17, 18);
    }

    @Test
    void districts2023And2022() {
        BlockResults now = published(2023, "DISTRICT");
        BlockResults before = published(2022, "DISTRICT");
        assertThat(now.ranked()).hasSize(12);
        assertThat(now.notRanked()).isEmpty();
        Map<String, UnitResultRow> units = byCode(now);
        Map<String, UnitResultRow> last = byCode(before);

        assertThat(units.get("HNS").rank()).isEqualTo(1);
        assertThat(units.get("HNS").index()).isEqualByComparingTo("90.86");
        assertThat(last.get("HNS").rank()).isEqualTo(1);
        assertThat(units.get("TPCL").rank()).isEqualTo(2);
        assertThat(units.get("TPCL").index()).isEqualByComparingTo("88.82");
        assertThat(last.get("TPCL").rank()).isEqualTo(3);
        assertThat(units.get("TPCL").change()).isEqualTo(new RankChange(Direction.UP, 1));
        assertThat(units.get("HTK").rank()).isEqualTo(11);
        assertThat(last.get("HTK").rank()).isEqualTo(11);
        assertThat(units.get("HTK").change()).isEqualTo(new RankChange(Direction.SAME, 0));
        assertThat(units.get("HTM").rank()).isEqualTo(12);
        assertThat(last.get("HTM").rank()).isEqualTo(6);
        assertThat(units.get("HTM").change()).isEqualTo(new RankChange(Direction.DOWN, 6));

        // awarded with Nam Sach and Chi Linh: Kim Thanh and Ninh Giang at ranks 3-4; one head "excellently"
        assertThat(codesAtRanks(now, 3, 4)).containsExactlyInAnyOrder("HKT", "HNG");
        assertThat(reaching(now, "90")).isEqualTo(1);
        assertThat(below(now, "70")).isZero();
        assertThat(below(before, "70")).isEqualTo(2);
    }

    @Test
    void thePublicationsAreWhatTheStoredItemScoresGive() {
        for (int year : new int[] {2022, 2023}) {
            for (String block : List.of("DEPARTMENT", "DISTRICT")) {
                BlockResults frozen = published(year, block);
                BlockResults draft = results.draft(frozen.periodId(), frozen.blockId());
                assertThat(draft.ranked())
                        .as(year + " " + block)
                        .extracting(UnitResultRow::unitCode, UnitResultRow::rank, UnitResultRow::index)
                        .containsExactlyElementsOf(frozen.ranked().stream()
                                .map(r -> org.assertj.core.groups.Tuple.tuple(r.unitCode(), r.rank(), r.index()))
                                .toList());
                assertThat(frozen.publication().orElseThrow().revision()).isEqualTo(1);
            }
        }
    }
}
