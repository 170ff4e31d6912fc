package vn.parindex.leaders;

import java.math.BigDecimal;

/**
 * What the rules read about one ranked unit and its head.
 *
 * @param bandMin the minimum index of the unit's band, null when below every band
 * @param blockSize ranked units in the block
 */
public record UnitFacts(
        long unitId,
        BigDecimal index,
        int rank,
        int blockSize,
        BigDecimal bandMin,
        boolean disciplined,
        int absenceMonths) {}
