package vn.parindex.assessment;

/** Where a unit's self-assessment stands. */
public enum AssessmentStatus {
    NOT_STARTED,
    IN_PROGRESS,
    SUBMITTED;

    public String labelKey() {
        return "assessment.status." + name();
    }
}
