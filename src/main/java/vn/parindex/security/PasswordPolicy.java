package vn.parindex.security;

import vn.parindex.shared.BusinessRuleException;

/** Passwords: at least 10 characters, at most 128, and never the username. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {}

    public static void check(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new BusinessRuleException("password.tooShort", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new BusinessRuleException("password.tooLong", MAX_LENGTH);
        }
        if (username != null && password.trim().equalsIgnoreCase(username.trim())) {
            throw new BusinessRuleException("password.sameAsUsername");
        }
    }
}
