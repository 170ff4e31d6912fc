package vn.parindex.appraisal.internal;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** See {@link AppraisalRepository#lockContext}. */
public interface AppraisalContext {

    long getAppraisalId();

    long getVersion();

    String getStatus();

    long getNotRanked();

    long getAssessmentId();

    long getPeriodId();

    long getUnitId();

    long getSetId();

    String getPhase();

    String getAreas();

    /** The member's areas (0 is the whole unit); empty when not assigned to the unit. */
    default Set<Long> areas() {
        String areas = getAreas();
        if (areas == null || areas.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(areas.split(",")).map(Long::valueOf).collect(Collectors.toSet());
    }
}
