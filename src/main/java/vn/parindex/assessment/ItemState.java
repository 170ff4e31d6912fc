package vn.parindex.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

/** A score item as stored: the unit's score, note, linked evidence and who changed it last. */
public record ItemState(
        long nodeId,
        BigDecimal score,
        String note,
        Set<Long> evidenceIds,
        String updatedBy,
        Instant updatedAt,
        long version) {

    public static ItemState empty(long nodeId) {
        return new ItemState(nodeId, null, null, Set.of(), null, null, 0);
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
