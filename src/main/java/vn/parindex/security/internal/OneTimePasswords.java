package vn.parindex.security.internal;

import java.security.SecureRandom;

/** Random passwords handed to a person once (first administrator, imported users). */
public final class OneTimePasswords {

    /** No look-alike characters (0/O, 1/l/I): they are read off a list and typed. */
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePasswords() {}

    public static String generate() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
