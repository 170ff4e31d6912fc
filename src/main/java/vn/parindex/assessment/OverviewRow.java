package vn.parindex.assessment;

import java.time.Instant;
import java.time.LocalDate;
import vn.parindex.organization.UnitSummary;

/** One unit's line in the secretariat's overview of a period. */
public record OverviewRow(
        UnitSummary unit,
        Long assessmentId,
        long version,
        AssessmentStatus status,
        Progress progress,
        Instant lastActivity,
        LocalDate deadline,
        boolean extended,
        Instant submittedAt) {}
