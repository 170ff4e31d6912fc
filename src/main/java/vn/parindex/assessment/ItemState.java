package vn.parindex.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

/**
 * A score item as stored: the unit's score, note, linked evidence, who changed it last, and whether
 * the unit must check it again because the secretariat changed the component's rule or applicability.
 */
public record ItemState(
        long nodeId,
        BigDecimal score,
        String note,
        Set<Long> evidenceIds,
        String updatedBy,
        Instant updatedAt,
        long version,
        boolean recheck) {

    public static ItemState empty(long nodeId) {
        return new ItemState(nodeId, null, null, Set.of(), null, null, 0, false);
    }

    /** Anything the unit entered: a score, a note or linked evidence. */
    public boolean entered() {
        return scored() || hasNote() || hasEvidence();
    }

    public boolean scored() {
        return score != null;
    }

    public boolean hasNote() {
        return note != null && !note.isBlank();
    }

    public boolean hasEvidence() {
        return !evidenceIds.isEmpty();
    }
}
