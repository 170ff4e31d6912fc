package vn.parindex.appraisal;

import java.math.BigDecimal;

/**
 * The final score of one item and whether the unit's explanation was accepted (null: no decision),
 * with the item version it started from.
 */
public record FinalChange(long nodeId, long expectedVersion, BigDecimal finalScore, Boolean explanationAccepted) {}
