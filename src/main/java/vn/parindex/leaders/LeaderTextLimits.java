package vn.parindex.leaders;

/** The leader classification's text lengths, as its columns hold them (fields and checks use these). */
public final class LeaderTextLimits {

    /** A rule's name. */
    public static final int RULE_NAME = 200;

    /** A rule's plain-language explanation. */
    public static final int RULE_EXPLANATION = 1000;

    /** The justification of a final level, and the leader's comments when returning. */
    public static final int JUSTIFICATION = 2000;

    /** The disciplinary decision's reference. */
    public static final int DISCIPLINE_REF = 200;

    private LeaderTextLimits() {}
}
