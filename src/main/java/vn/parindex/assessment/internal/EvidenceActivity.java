package vn.parindex.assessment.internal;

import java.time.Instant;

/** How much a unit has in its evidence library for a period, and when it last added something. */
public record EvidenceActivity(long unitId, long entries, Instant lastAdded) {}
