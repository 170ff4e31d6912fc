package vn.parindex.shared;

/**
 * The longest text the portal keeps in each kind of field (the columns are sized to match). A
 * view's field uses the constant as its maximum length and the service checks the same constant,
 * so the two never drift apart.
 */
public final class TextLimits {

    /** A unit's note on how it scored an item. */
    public static final int NOTE = 4000;

    /** The reason given for a change of the criteria, a phase moved back, a return or an extension. */
    public static final int REASON = 1000;

    /** A web address of a referenced document. */
    public static final int LINK = 1000;

    /** The title of a referenced document. */
    public static final int TITLE = 500;

    /** A name: a unit's (either language), an evidence file's, a document issuer's. */
    public static final int NAME = 255;

    /** An e-mail address, or what a user types to be found by it or by their user name. */
    public static final int EMAIL = 200;

    /** The error kept with a notification whose e-mail could not be sent. */
    public static final int MAIL_ERROR = 500;

    /** A person's full name. */
    public static final int PERSON_NAME = 150;

    /** The number of an official document. */
    public static final int DOCUMENT_NUMBER = 100;

    /** A unit's short name. */
    public static final int SHORT_NAME = 80;

    /** A province's, block's or agency's name. */
    public static final int ORGANIZATION_NAME = 200;

    /** A head of unit's title. */
    public static final int HEAD_TITLE = 200;

    /** The number of a results or awards decision ("123/QĐ-UBND"). */
    public static final int DECISION_NUMBER = 60;

    private TextLimits() {}
}
