package vn.parindex.ranking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.parindex.period.RankingBand;

/**
 * Places the ranked units of one block: highest published index first; equal indexes share a place and
 * the next place skips (1, 2, 2, 4). Units not ranked never take a place and are not passed in.
 */
public final class BlockRanking {

    private BlockRanking() {}

    /** One ranked unit's input. */
    public record Entry(long unitId, ResultIndex result) {}

    /** One unit's place, its change against last year and its band (empty when below every band). */
    public record Placement(long unitId, BigDecimal index, int rank, RankChange change, Optional<RankingBand> band) {}

    /**
     * @param entries the block's ranked units, each with an index
     * @param previousRanks last year's rank per unit id (units absent are NEW)
     * @param bands the period's bands for the block, in any order
     */
    public static List<Placement> rank(List<Entry> entries, Map<Long, Integer> previousRanks, List<RankingBand> bands) {
        // Each index once (a division), not once per comparison.
        record Indexed(long unitId, BigDecimal index) {}
        List<Indexed> ordered = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            ordered.add(new Indexed(entry.unitId(), entry.result().index()));
        }
        // Unit id only orders the display of a tie; it never changes a rank.
        ordered.sort(Comparator.comparing(Indexed::index).reversed().thenComparingLong(Indexed::unitId));
        List<Placement> placements = new ArrayList<>(ordered.size());
        BigDecimal previousIndex = null;
        int rank = 0;
        for (int position = 0; position < ordered.size(); position++) {
            Indexed entry = ordered.get(position);
            BigDecimal index = entry.index();
            if (previousIndex == null || index.compareTo(previousIndex) != 0) {
                rank = position + 1;
                previousIndex = index;
            }
            placements.add(new Placement(
                    entry.unitId(),
                    index,
                    rank,
                    RankChange.between(previousRanks.get(entry.unitId()), rank),
                    bandOf(index, bands)));
        }
        return List.copyOf(placements);
    }

    /** The highest band whose minimum the index reaches. */
    public static Optional<RankingBand> bandOf(BigDecimal index, List<RankingBand> bands) {
        return bands.stream()
                .filter(band -> index.compareTo(band.minIndex()) >= 0)
                .max(Comparator.comparing(RankingBand::minIndex));
    }
}
