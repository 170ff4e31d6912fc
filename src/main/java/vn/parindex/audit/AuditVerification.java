package vn.parindex.audit;

import java.time.Instant;

/**
 * The result of verifying the hash chain: intact, or the first problem with the event it concerns
 * ({@code eventId}, may be null when the chain's last events were deleted and nothing names them) and
 * its chain position.
 */
public record AuditVerification(
        Instant checkedAt,
        String checkedBy,
        boolean intact,
        long eventsChecked,
        AuditProblem problem,
        Long eventId,
        Long chainSeq,
        long durationMs) {}
