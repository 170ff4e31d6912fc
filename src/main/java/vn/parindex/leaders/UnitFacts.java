package vn.parindex.leaders;

import java.math.BigDecimal;

/**
 * What the rules read about one unit of the block and its head.
 *
 * @param index null when the unit is not ranked
 * @param rank 0 when the unit is not ranked
 * @param bandMin the minimum index of the unit's band, null when below every band (or not ranked)
 * @param blockSize ranked units in the block
 * @param ranked false for a unit of the block that takes no place: only the rules that do not read a
 *     result apply to its head (the default level, discipline, absence)
 */
public record UnitFacts(
        long unitId,
        BigDecimal index,
        int rank,
        int blockSize,
        BigDecimal bandMin,
        boolean disciplined,
        int absenceMonths,
        boolean ranked) {

    /** A ranked unit. */
    public UnitFacts(
            long unitId,
            BigDecimal index,
            int rank,
            int blockSize,
            BigDecimal bandMin,
            boolean disciplined,
            int absenceMonths) {
        this(unitId, index, rank, blockSize, bandMin, disciplined, absenceMonths, true);
    }

    /** A unit of the block that is not ranked this year. */
    public static UnitFacts unranked(long unitId, int blockSize, boolean disciplined, int absenceMonths) {
        return new UnitFacts(unitId, null, 0, blockSize, null, disciplined, absenceMonths, false);
    }
}
