package vn.parindex.ranking;

import java.math.BigDecimal;
import java.util.Map;
import vn.parindex.organization.UnitSummary;

/**
 * What one unit's result is computed from, already summed per area: points of the applicable
 * components of each area (final scores plus survey points), the area's maximum applicable to the
 * unit, and the sum of its applicable adjustment lines.
 *
 * @param unranked why the unit takes no place before any arithmetic (null when it may be ranked)
 * @param note the council's reason for {@link UnrankedUnit.Reason#COUNCIL_DECISION}
 */
public record UnitInput(
        UnitSummary unit,
        UnrankedUnit.Reason unranked,
        String note,
        Map<Long, BigDecimal> areaPoints,
        Map<Long, BigDecimal> areaMaximum,
        BigDecimal adjustments) {

    public UnitInput {
        areaPoints = Map.copyOf(areaPoints);
        areaMaximum = Map.copyOf(areaMaximum);
    }

    /** The same unit with one area's points changed by {@code delta} (what-if). */
    public UnitInput withAreaDelta(long areaNodeId, BigDecimal delta) {
        Map<Long, BigDecimal> points = new java.util.HashMap<>(areaPoints);
        points.merge(areaNodeId, delta, BigDecimal::add);
        return new UnitInput(unit, unranked, note, points, areaMaximum, adjustments);
    }

    /** The same unit with its adjustments changed by {@code delta} (what-if). */
    public UnitInput withAdjustmentDelta(BigDecimal delta) {
        return new UnitInput(unit, unranked, note, areaPoints, areaMaximum, adjustments.add(delta));
    }
}
