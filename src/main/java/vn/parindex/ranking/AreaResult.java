package vn.parindex.ranking;

import java.math.BigDecimal;

/**
 * A unit's result in one area: points (final scores and survey points of the area's applicable items),
 * the area's maximum applicable to the unit, and the area index % (two decimals, null when nothing in
 * the area applies to the unit).
 */
public record AreaResult(long areaNodeId, BigDecimal points, BigDecimal applicableMaximum, BigDecimal index) {}
