package vn.parindex.audit;

import java.time.Instant;

/** One line of the audit trail as read back. */
public record AuditEntry(
        long id,
        Instant occurredAt,
        String actor,
        String action,
        String entityType,
        String entityId,
        String oldValue,
        String newValue,
        String clientAddress,
        Long unitId,
        Long periodId,
        Long chainSeq) {}
