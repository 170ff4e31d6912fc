package vn.parindex.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.parindex.period.RankingBand;
import vn.parindex.ranking.BlockRanking.Entry;
import vn.parindex.ranking.BlockRanking.Placement;
import vn.parindex.ranking.RankChange.Direction;

class RankingMathTest {

    private static final List<RankingBand> DEMO_BANDS = List.of(
            new RankingBand(new BigDecimal("90"), "Tốt", "Good"),
            new RankingBand(new BigDecimal("80"), "Khá", "Fairly good"),
            new RankingBand(new BigDecimal("70"), "Trung bình", "Average"));

    private static ResultIndex result(String total, String maximum) {
        return new ResultIndex(new BigDecimal(total), new BigDecimal(maximum));
    }

    @Test
    void theIndexIsRoundedHalfUpOnceToTwoDecimals() {
        assertThat(result("92.86", "100").index()).isEqualByComparingTo("92.86");
        // 2/3 of 100 = 66.666… → 66.67; 1/8 = 12.5 % exactly
        assertThat(result("2", "3").index()).isEqualByComparingTo("66.67");
        assertThat(result("12.5", "100").index()).isEqualByComparingTo("12.50");
        // 86.345 / 93 = 92.844… → 92.84 (a rounding of the intermediate 92.845 would have given 92.85)
        assertThat(result("86.345", "93").index()).isEqualByComparingTo("92.84");
        // the half-way point rounds up: 0.92865 / 1 = 92.865 → 92.87
        assertThat(result("0.92865", "1").index()).isEqualByComparingTo("92.87");
    }

    @Test
    void notApplicableItemsShrinkTheMaximumAndRaiseTheIndex() {
        assertThat(result("80", "100").index()).isEqualByComparingTo("80.00");
        assertThat(result("80", "95").index()).isEqualByComparingTo("84.21");
    }

    @Test
    void adjustmentsNeverPublishAnIndexOutsideZeroToHundred() {
        assertThat(result("101.5", "100").index()).isEqualByComparingTo("100.00");
        assertThat(result("-2", "100").index()).isEqualByComparingTo("0.00");
        assertThat(result("101.5", "100").total()).isEqualByComparingTo("101.5");
    }

    @Test
    void aUnitWithNothingApplicableHasNoIndex() {
        assertThat(result("0", "0").hasIndex()).isFalse();
        assertThatThrownBy(() -> result("0", "0").index()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> result("1", "-1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void equalPublishedIndexesShareARankAndTheNextRankSkips() {
        List<Placement> placements = BlockRanking.rank(
                List.of(
                        new Entry(1, result("90", "100")),
                        new Entry(2, result("95", "100")),
                        // 85.004 and 85.001 publish as 85.00: the published value decides the tie
                        new Entry(3, result("85.004", "100")),
                        new Entry(4, result("85.001", "100")),
                        new Entry(5, result("70", "100"))),
                Map.of(),
                DEMO_BANDS);
        assertThat(placements).extracting(Placement::unitId).containsExactly(2L, 1L, 3L, 4L, 5L);
        assertThat(placements).extracting(Placement::rank).containsExactly(1, 2, 3, 3, 5);
    }

    @Test
    void rankChangeIsPreviousMinusCurrentAndNewUnitsHaveNone() {
        List<Placement> placements = BlockRanking.rank(
                List.of(
                        new Entry(10, result("88.82", "100")),
                        new Entry(11, result("90.86", "100")),
                        new Entry(12, result("60", "100")),
                        new Entry(13, result("75", "100"))),
                Map.of(10L, 3, 11L, 1, 12L, 6),
                DEMO_BANDS);
        Map<Long, RankChange> changes = new HashMap<>();
        placements.forEach(placement -> changes.put(placement.unitId(), placement.change()));
        assertThat(changes.get(11L)).isEqualTo(new RankChange(Direction.SAME, 0));
        assertThat(changes.get(10L)).isEqualTo(new RankChange(Direction.UP, 1));
        assertThat(changes.get(12L)).isEqualTo(new RankChange(Direction.UP, 2));
        assertThat(changes.get(13L)).isEqualTo(new RankChange(Direction.NEW, 0));
    }

    @Test
    void bandsFollowTheMinimumsWithTheBoundaryInTheHigherBand() {
        assertThat(BlockRanking.bandOf(new BigDecimal("90.00"), DEMO_BANDS))
                .map(RankingBand::nameEn)
                .contains("Good");
        assertThat(BlockRanking.bandOf(new BigDecimal("89.99"), DEMO_BANDS))
                .map(RankingBand::nameEn)
                .contains("Fairly good");
        assertThat(BlockRanking.bandOf(new BigDecimal("70.00"), DEMO_BANDS))
                .map(RankingBand::nameEn)
                .contains("Average");
        assertThat(BlockRanking.bandOf(new BigDecimal("69.99"), DEMO_BANDS)).isEmpty();
    }

    /** Property: for random blocks, a unit's rank is 1 + the number of units with a higher published index. */
    @Test
    void everyRankIsOnePlusTheUnitsStrictlyAhead() {
        Random random = new Random(20261130L);
        for (int round = 0; round < 500; round++) {
            int size = 1 + random.nextInt(40);
            List<Entry> entries = new ArrayList<>();
            Map<Long, Integer> previous = new HashMap<>();
            for (long unit = 1; unit <= size; unit++) {
                // few distinct values, so ties are frequent
                BigDecimal total = BigDecimal.valueOf(600 + random.nextInt(40), 1);
                BigDecimal maximum = BigDecimal.valueOf(90 + random.nextInt(3) * 5);
                entries.add(new Entry(unit, new ResultIndex(total, maximum)));
                if (random.nextBoolean()) {
                    previous.put(unit, 1 + random.nextInt(size));
                }
            }
            List<Placement> placements = BlockRanking.rank(entries, previous, DEMO_BANDS);
            assertThat(placements).hasSize(size);
            for (Placement placement : placements) {
                long ahead = placements.stream()
                        .filter(other -> other.index().compareTo(placement.index()) > 0)
                        .count();
                assertThat(placement.rank()).isEqualTo(ahead + 1);
                Integer before = previous.get(placement.unitId());
                RankChange change = placement.change();
                if (before == null) {
                    assertThat(change.direction()).isEqualTo(Direction.NEW);
                } else {
                    int signed = change.direction() == Direction.DOWN ? -change.places() : change.places();
                    assertThat(signed).isEqualTo(before - placement.rank());
                }
            }
            for (int i = 1; i < placements.size(); i++) {
                assertThat(placements.get(i).index())
                        .isLessThanOrEqualTo(placements.get(i - 1).index());
            }
        }
    }
}
