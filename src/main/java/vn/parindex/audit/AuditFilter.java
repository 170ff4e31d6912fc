package vn.parindex.audit;

import java.time.Instant;

/**
 * What the audit viewer filters by; null means any. {@code from} is inclusive, {@code to} exclusive.
 * The actor, entity type and action match exactly (ignoring case).
 */
public record AuditFilter(
        String actor, Long unitId, Long periodId, String entityType, String action, Instant from, Instant to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null, null);
    }
}
