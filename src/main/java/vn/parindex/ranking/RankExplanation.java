package vn.parindex.ranking;

import java.math.BigDecimal;
import java.util.List;

/**
 * Why a unit's result moved against last year: the areas and criteria that moved its index (largest
 * contribution first, new or changed criteria named as such) and the units of its block it overtook
 * or was overtaken by.
 *
 * @param index this year's index (exact before the published rounding is applied by the caller)
 * @param previousIndex last year's index, null when the unit has no result last year
 * @param indexChange the sum of the area contributions and the adjustments, two decimals
 * @param areas per area (and one ADJUSTMENTS line when either year has any), largest first
 * @param criteria per criterion, largest first; criteria that did not move are left out
 */
public record RankExplanation(
        int year,
        Integer previousYear,
        BigDecimal index,
        BigDecimal previousIndex,
        BigDecimal indexChange,
        List<Contribution> areas,
        List<Contribution> criteria,
        List<UnitMove> overtook,
        List<UnitMove> overtakenBy) {

    public RankExplanation {
        areas = List.copyOf(areas);
        criteria = List.copyOf(criteria);
        overtook = List.copyOf(overtook);
        overtakenBy = List.copyOf(overtakenBy);
    }

    public boolean comparable() {
        return previousIndex != null;
    }
}
