package vn.parindex.notification.internal;

import vn.parindex.period.Phase;

/** Where notifications lead, as addresses relative to the portal (the views' routes). */
final class Links {

    static final String HOME = "";
    static final String APPRAISAL = "appraisal";

    private Links() {}

    /** The unit's self-assessment sheet of the period. */
    static String sheet(long periodId) {
        return "self-assessment?period=" + periodId;
    }

    /** The page where the unit reads the council's questions of the period and answers them. */
    static String explanations(long periodId) {
        return "explanations?period=" + periodId;
    }

    /** A block's classification of the heads of its units in a year. */
    static String leaders(int year, long blockId) {
        return "leaders?year=" + year + "&block=" + blockId;
    }

    /** Where a unit does the work a phase asks of it. */
    static String workOf(Phase phase, long periodId) {
        return phase == Phase.EXPLANATION ? explanations(periodId) : sheet(periodId);
    }
}
