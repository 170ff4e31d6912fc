package vn.parindex.security;

import java.util.Set;

/**
 * What the administrator enters for a user. The password is only used when creating an account.
 */
public record UserDraft(
        String username, String fullName, String email, Long unitId, Set<Role> roles, String password) {}
