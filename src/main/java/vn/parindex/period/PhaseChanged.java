package vn.parindex.period;

/**
 * A period moved from one phase to another (forward, or back with a reason). Published inside the
 * moving transaction, so what other modules do on it (the appraisal module sends the explanation
 * requests when the period enters EXPLANATION) commits or fails with the move.
 */
public record PhaseChanged(long periodId, Phase from, Phase to) {}
