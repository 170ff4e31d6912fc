package vn.parindex.dashboard;

import java.util.List;
import vn.parindex.ranking.Contribution;
import vn.parindex.ranking.UnitResultRow;

/**
 * One of the block's biggest movers against last year, with the reasons the rank-change explanation
 * gives (the areas that moved its index most, largest first).
 */
public record Mover(UnitResultRow row, List<Contribution> reasons) {

    public Mover {
        reasons = List.copyOf(reasons);
    }

    /** Places up (positive) or down (negative). */
    public int places() {
        return switch (row.change().direction()) {
            case UP -> row.change().places();
            case DOWN -> -row.change().places();
            default -> 0;
        };
    }
}
