package vn.parindex.notification;

/**
 * What a notification is about. Each kind has a subject and a body in both bundles
 * ({@code notification.<KIND>.subject}/{@code .body}); the arguments of a {@link Notice} fill them in.
 */
public enum NotificationKind {
    /** To the unit's focal points: {0} period, {1} unit, {2} number of items, {3} deadline. */
    EXPLANATIONS_REQUESTED,
    /** To the appraisers who asked: {0} period, {1} unit. */
    EXPLANATIONS_ANSWERED,
    /** To the unit's focal points: {0} period, {1} unit, {2} the secretariat's reason. */
    ASSESSMENT_RETURNED,
    /** To the block's focal points: {0} period, {1} block. */
    RESULTS_PUBLISHED,
    /** Reminder to a unit that has not submitted: {0} period, {1} unit, {2} deadline, {3} days left. */
    SELF_ASSESSMENT_DUE,
    /** Reminder to a unit that has not answered: {0} period, {1} unit, {2} deadline, {3} days left. */
    EXPLANATION_DUE,
    /** To the provincial leaders: {0} period, {1} block; the heads' classification awaits their decision. */
    LEADERS_SUBMITTED,
    /** To the secretariat: {0} period, {1} block, {2} the leader's comments. */
    LEADERS_RETURNED;

    public String subjectKey() {
        return "notification." + name() + ".subject";
    }

    public String bodyKey() {
        return "notification." + name() + ".body";
    }
}
