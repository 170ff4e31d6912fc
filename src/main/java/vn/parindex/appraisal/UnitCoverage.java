package vn.parindex.appraisal;

import java.time.Instant;
import java.util.List;
import vn.parindex.organization.UnitSummary;

/**
 * A unit's appraisal coverage: whether its self-assessment is submitted, whether members cover the
 * whole unit (one assigned to it whole, or every area assigned), who, and the appraisal's state.
 */
public record UnitCoverage(
        UnitSummary unit,
        Long assessmentId,
        boolean submitted,
        Instant submittedAt,
        boolean covered,
        int areas,
        int areasCovered,
        List<String> members,
        AppraisalStatus status,
        boolean notRanked,
        String notRankedReason) {}
