package vn.parindex.notification;

/**
 * The signed-in user's e-mail copy of notifications.
 *
 * @param mailConfigured whether the portal can send mail at all
 * @param address the user's address, or null when the account has none
 * @param enabled the user's choice (on unless turned off)
 */
public record EmailSetting(boolean mailConfigured, String address, boolean enabled) {

    /** Mails would actually go out. */
    public boolean active() {
        return mailConfigured && address != null && enabled;
    }
}
