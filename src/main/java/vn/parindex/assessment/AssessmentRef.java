package vn.parindex.assessment;

import java.time.Instant;

/** A unit's self-assessment as other modules refer to it: whose, which set, whether submitted. */
public record AssessmentRef(
        long id, long periodId, long unitId, long setId, boolean submitted, Instant submittedAt, long version) {}
