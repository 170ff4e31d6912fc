package vn.parindex.security;

import java.io.Serializable;
import java.util.Set;

/** The signed-in user as the rest of the portal sees them. */
public record CurrentUser(long id, String username, String fullName, Long unitId, Set<Role> roles)
        implements Serializable {

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /**
     * The unit this user's data access is limited to, or null when they may see every unit. Only a
     * user whose sole unit-bound role is FOCAL_POINT is limited.
     */
    public Long unitScope() {
        boolean provinceWide = roles.stream().anyMatch(role -> role != Role.FOCAL_POINT);
        return provinceWide ? null : unitId;
    }
}
