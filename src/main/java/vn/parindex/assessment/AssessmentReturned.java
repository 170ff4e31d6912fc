package vn.parindex.assessment;

/**
 * The secretariat gave a submitted self-assessment back to its unit, with the reason. Published inside
 * the returning transaction.
 */
public record AssessmentReturned(long periodId, long unitId, String reason) {}
