package vn.parindex.ranking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.parindex.period.RankingBand;

/**
 * Turns per-area inputs into a block's results: totals, indexes, places, changes, bands and area
 * indexes. Pure arithmetic, no data access: the draft, the publication and the what-if all go through
 * here, so they cannot disagree.
 */
public final class ResultCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ResultCalculator() {}

    /** The block's identity and what its results are measured against. */
    public record BlockContext(
            long periodId,
            int year,
            long blockId,
            String blockNameVi,
            String blockNameEn,
            List<AreaHeading> areas,
            List<RankingBand> bands) {}

    /**
     * @param previousRanks last year's published rank per unit id (absent: NEW)
     * @param publication the publication the inputs were frozen for, empty for a draft
     */
    public static BlockResults compute(
            BlockContext block,
            List<UnitInput> units,
            Map<Long, Integer> previousRanks,
            Optional<PublicationRef> publication) {
        List<UnrankedUnit> unranked = new ArrayList<>();
        List<BlockRanking.Entry> entries = new ArrayList<>();
        Map<Long, UnitInput> byId = new HashMap<>();
        Map<Long, ResultIndex> results = new HashMap<>();
        for (UnitInput input : units) {
            long unitId = input.unit().id();
            UnrankedUnit.Reason reason = input.unranked();
            ResultIndex result = new ResultIndex(total(block, input), applicableMaximum(block, input));
            if (reason == null && !result.hasIndex()) {
                reason = UnrankedUnit.Reason.NOTHING_APPLICABLE;
            }
            if (reason != null) {
                unranked.add(new UnrankedUnit(
                        unitId,
                        input.unit().code(),
                        input.unit().nameVi(),
                        input.unit().nameEn(),
                        reason,
                        input.note()));
                continue;
            }
            byId.put(unitId, input);
            results.put(unitId, result);
            entries.add(new BlockRanking.Entry(unitId, result));
        }
        // Display order inside a tie follows the unit's sort order, never its id.
        Map<Long, Integer> sortOrder = new HashMap<>();
        units.forEach(input -> sortOrder.put(input.unit().id(), input.unit().sortOrder()));
        List<BlockRanking.Placement> placements = BlockRanking.rank(entries, previousRanks, block.bands());
        List<UnitResultRow> rows = new ArrayList<>(placements.size());
        for (BlockRanking.Placement placement : placements) {
            UnitInput input = byId.get(placement.unitId());
            ResultIndex result = results.get(placement.unitId());
            rows.add(new UnitResultRow(
                    placement.unitId(),
                    input.unit().code(),
                    input.unit().nameVi(),
                    input.unit().nameEn(),
                    input.unit().shortName(),
                    result.total(),
                    input.adjustments(),
                    result.applicableMaximum(),
                    placement.index(),
                    placement.rank(),
                    previousRanks.get(placement.unitId()),
                    placement.change(),
                    placement.band().orElse(null),
                    areaResults(block, input)));
        }
        rows.sort(Comparator.comparingInt(UnitResultRow::rank)
                .thenComparingInt(row -> sortOrder.getOrDefault(row.unitId(), 0)));
        unranked.sort(Comparator.comparingInt(row -> sortOrder.getOrDefault(row.unitId(), 0)));
        return new BlockResults(
                block.periodId(),
                block.year(),
                block.blockId(),
                block.blockNameVi(),
                block.blockNameEn(),
                block.areas(),
                rows,
                unranked,
                publication);
    }

    static BigDecimal total(BlockContext block, UnitInput input) {
        BigDecimal total = input.adjustments();
        for (AreaHeading area : block.areas()) {
            total = total.add(input.areaPoints().getOrDefault(area.nodeId(), BigDecimal.ZERO));
        }
        return total;
    }

    static BigDecimal applicableMaximum(BlockContext block, UnitInput input) {
        BigDecimal maximum = BigDecimal.ZERO;
        for (AreaHeading area : block.areas()) {
            maximum = maximum.add(input.areaMaximum().getOrDefault(area.nodeId(), BigDecimal.ZERO));
        }
        return maximum;
    }

    private static List<AreaResult> areaResults(BlockContext block, UnitInput input) {
        List<AreaResult> areas = new ArrayList<>(block.areas().size());
        for (AreaHeading area : block.areas()) {
            BigDecimal points = input.areaPoints().getOrDefault(area.nodeId(), BigDecimal.ZERO);
            BigDecimal maximum = input.areaMaximum().getOrDefault(area.nodeId(), BigDecimal.ZERO);
            areas.add(new AreaResult(area.nodeId(), points, maximum, areaIndex(points, maximum)));
        }
        return areas;
    }

    /** Area index %, rounded once like the unit's index; null when nothing in the area applies. */
    static BigDecimal areaIndex(BigDecimal points, BigDecimal maximum) {
        if (maximum.signum() <= 0) {
            return null;
        }
        return points.multiply(HUNDRED)
                .divide(maximum, ResultIndex.SCALE + 10, RoundingMode.HALF_UP)
                .max(BigDecimal.ZERO)
                .min(HUNDRED)
                .setScale(ResultIndex.SCALE, RoundingMode.HALF_UP);
    }
}
