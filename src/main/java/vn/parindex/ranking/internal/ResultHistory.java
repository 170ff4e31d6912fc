package vn.parindex.ranking.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.parindex.ranking.UnitResultRow;
import vn.parindex.ranking.UnrankedUnit;
import vn.parindex.ranking.YearResult;

/** A unit's place in its block's results (published, or the draft) and its results over the years. */
@Component
public class ResultHistory {

    /**
     * @param row the unit's ranked row, empty when it took no place or the block has no results
     * @param ranked the block's ranked rows, best first
     */
    public record Results(
            Optional<UnitResultRow> row,
            Optional<UnrankedUnit> unranked,
            List<UnitResultRow> ranked,
            List<YearResult> history) {}

    public Results results(long periodId, long blockId, long unitId, boolean draftsAllowed) {
        return new Results(Optional.empty(), Optional.empty(), List.of(), List.of());
    }
}
