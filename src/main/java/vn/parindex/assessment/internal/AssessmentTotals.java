package vn.parindex.assessment.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * What one assessment's items add up to, computed by the database: items entered, required
 * components scored and covered by evidence or a note, the self-assessed total over the items that
 * apply to the unit, items marked for re-check and the last change (as the native query returns it,
 * read in UTC like every stored time).
 */
public record AssessmentTotals(
        long assessmentId,
        long entered,
        long scored,
        long evidenceCovered,
        BigDecimal total,
        long marked,
        Timestamp lastUpdate) {

    public Instant lastUpdated() {
        return lastUpdate == null ? null : lastUpdate.toInstant();
    }
}
