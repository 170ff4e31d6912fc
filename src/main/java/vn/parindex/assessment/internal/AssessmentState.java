package vn.parindex.assessment.internal;

import java.time.Instant;

/** An assessment as the secretariat's overview lists it. */
public record AssessmentState(
        long id, long unitId, long version, SelfAssessment.State state, Instant submittedAt, Instant withdrawnAt) {

    public boolean submitted() {
        return state == SelfAssessment.State.SUBMITTED;
    }
}
