package vn.parindex.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.parindex.organization.UnitSummary;
import vn.parindex.period.RankingBand;
import vn.parindex.ranking.RankChange.Direction;
import vn.parindex.ranking.ResultCalculator.BlockContext;

class ResultCalculatorTest {

    private static final long AREA_ONE = 1;
    private static final long AREA_TWO = 2;

    private static final BlockContext BLOCK = new BlockContext(
            10,
            2031,
            5,
            "Khối sở",
            "Departments",
            List.of(
                    new AreaHeading(AREA_ONE, "I", "Lĩnh vực I", "Area I", new BigDecimal("60")),
                    new AreaHeading(AREA_TWO, "II", "Lĩnh vực II", "Area II", new BigDecimal("40"))),
            List.of(
                    new RankingBand(new BigDecimal("90"), "Tốt", "Good"),
                    new RankingBand(new BigDecimal("70"), "Trung bình", "Average")));

    private static UnitSummary unit(long id, int sortOrder) {
        return new UnitSummary(
                id,
                "U" + id,
                "Đơn vị " + id,
                "Unit " + id,
                "ĐV" + id,
                5,
                "SO",
                true,
                true,
                null,
                null,
                null,
                sortOrder,
                0);
    }

    private static UnitInput input(long id, int sortOrder, String one, String two, String adjustments) {
        return new UnitInput(
                unit(id, sortOrder),
                null,
                null,
                Map.of(AREA_ONE, new BigDecimal(one), AREA_TWO, new BigDecimal(two)),
                Map.of(AREA_ONE, new BigDecimal("60"), AREA_TWO, new BigDecimal("40")),
                new BigDecimal(adjustments));
    }

    @Test
    void totalsIndexesTiesChangesBandsAndAreaIndexes() {
        List<UnitInput> units = List.of(
                input(1, 4, "50", "35", "0"), // 85
                input(2, 3, "55", "37.5", "-0.5"), // 92
                input(3, 2, "50", "35", "0"), // 85, ties with unit 1
                input(4, 1, "40", "20", "0")); // 60

        BlockResults results = ResultCalculator.compute(BLOCK, units, Map.of(1L, 1, 2L, 3, 4L, 4), Optional.empty());

        assertThat(results.ranked()).extracting(UnitResultRow::unitId).containsExactly(2L, 3L, 1L, 4L);
        assertThat(results.ranked()).extracting(UnitResultRow::rank).containsExactly(1, 2, 2, 4);
        UnitResultRow best = results.ranked().get(0);
        assertThat(best.total()).isEqualByComparingTo("92");
        assertThat(best.adjustments()).isEqualByComparingTo("-0.5");
        assertThat(best.index()).isEqualByComparingTo("92.00");
        assertThat(best.band().nameEn()).isEqualTo("Good");
        assertThat(best.change()).isEqualTo(new RankChange(Direction.UP, 2));
        assertThat(best.areas())
                .extracting(AreaResult::index)
                .containsExactly(new BigDecimal("91.67"), new BigDecimal("93.75"));
        assertThat(results.ranked().get(1).change().direction()).isEqualTo(Direction.NEW);
        assertThat(results.ranked().get(2).change()).isEqualTo(new RankChange(Direction.DOWN, 1));
        assertThat(results.ranked().get(3).band()).isNull();
        assertThat(results.published()).isFalse();
    }

    @Test
    void notApplicableAreasShrinkTheMaximumAndUnitsWithoutIndexOrDecisionTakeNoPlace() {
        UnitInput partial = new UnitInput(
                unit(1, 1),
                null,
                null,
                Map.of(AREA_ONE, new BigDecimal("54")),
                Map.of(AREA_ONE, new BigDecimal("60")),
                BigDecimal.ZERO);
        UnitInput nothing = new UnitInput(unit(2, 2), null, null, Map.of(), Map.of(), BigDecimal.ZERO);
        UnitInput decided = new UnitInput(
                unit(3, 3),
                UnrankedUnit.Reason.COUNCIL_DECISION,
                "Sáp nhập giữa năm",
                Map.of(AREA_ONE, new BigDecimal("60")),
                Map.of(AREA_ONE, new BigDecimal("60")),
                BigDecimal.ZERO);

        BlockResults results =
                ResultCalculator.compute(BLOCK, List.of(partial, nothing, decided), Map.of(), Optional.empty());

        assertThat(results.ranked()).singleElement().satisfies(row -> {
            assertThat(row.applicableMaximum()).isEqualByComparingTo("60");
            assertThat(row.index()).isEqualByComparingTo("90.00");
            assertThat(row.areas().get(1).index()).isNull();
        });
        assertThat(results.notRanked())
                .extracting(UnrankedUnit::unitId, UnrankedUnit::reason, UnrankedUnit::note)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2L, UnrankedUnit.Reason.NOTHING_APPLICABLE, null),
                        org.assertj.core.groups.Tuple.tuple(
                                3L, UnrankedUnit.Reason.COUNCIL_DECISION, "Sáp nhập giữa năm"));
    }

    @Test
    void aBonusPastTheMaximumKeepsTheTotalAndHoldsTheIndexAt100() {
        BlockResults results =
                ResultCalculator.compute(BLOCK, List.of(input(1, 1, "60", "40", "2")), Map.of(), Optional.empty());
        assertThat(results.ranked().get(0).total()).isEqualByComparingTo("102");
        assertThat(results.ranked().get(0).index()).isEqualByComparingTo("100.00");
    }

    @Test
    void whatIfDeltasMoveOnlyTheChangedUnit() {
        UnitInput base = input(1, 1, "50", "35", "0");
        UnitInput changed = base.withAreaDelta(AREA_TWO, new BigDecimal("-5")).withAdjustmentDelta(BigDecimal.ONE);
        assertThat(ResultCalculator.total(BLOCK, changed)).isEqualByComparingTo("81");
        assertThat(ResultCalculator.total(BLOCK, base)).isEqualByComparingTo("85");
    }
}
