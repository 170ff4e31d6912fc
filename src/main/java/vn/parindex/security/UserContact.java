package vn.parindex.security;

import java.util.Locale;
import vn.parindex.shared.Locales;

/**
 * How to reach an enabled account: for delivering notifications, never for lists.
 *
 * @param email the address, or null when the account has none
 * @param language the account's stored language tag ("vi", "en")
 */
public record UserContact(long id, String username, String fullName, String email, Long unitId, String language) {

    public Locale locale() {
        return Locales.fromTag(language);
    }

    public boolean hasEmail() {
        return email != null && !email.isBlank();
    }
}
