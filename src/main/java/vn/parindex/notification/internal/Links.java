package vn.parindex.notification.internal;

/** Where notifications lead, as addresses relative to the portal (the views' routes). */
final class Links {

    static final String HOME = "";
    static final String APPRAISAL = "appraisal";

    private Links() {}

    /** The unit's sheet of the period, where it also answers explanation requests. */
    static String sheet(long periodId) {
        return "self-assessment?period=" + periodId;
    }
}
