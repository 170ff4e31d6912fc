package vn.parindex.assessment;

import java.math.BigDecimal;

/**
 * A score and note as the user left them, with the item version they started from so a change made
 * meanwhile by someone else is refused instead of overwritten.
 */
public record ItemChange(long nodeId, long expectedVersion, BigDecimal score, String note) {}
