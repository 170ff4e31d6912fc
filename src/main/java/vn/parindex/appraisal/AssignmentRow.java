package vn.parindex.appraisal;

import java.time.Instant;

/** A member's assignment to a unit (areaNodeId null: the whole unit). */
public record AssignmentRow(
        long id,
        long unitId,
        long memberId,
        String memberName,
        Long areaNodeId,
        String areaCode,
        int items,
        String assignedBy,
        Instant assignedAt) {}
