package vn.parindex.appraisal;

/** Where the appraisal of one unit stands (stored in {@code appraisal.status}). */
public enum AppraisalStatus {
    NOT_STARTED,
    IN_PROGRESS,
    EXPLANATION_REQUESTED,
    EXPLAINED,
    FINAL;

    public String labelKey() {
        return "appraisal.status." + name();
    }
}
