package vn.parindex.security;

import java.io.Serializable;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;

/** The signed-in user as the rest of the portal sees them. */
public record CurrentUser(long id, String username, String fullName, Long unitId, Set<Role> roles)
        implements Serializable {

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /**
     * The units a capability may reach, which follows the capability and never the mix of roles: null
     * (every unit) when the user holds one of the roles that read every unit for it; their own unit
     * when they are a focal point (whatever else they hold); otherwise access is denied. With no
     * roles given, only a focal point's own unit is reachable.
     */
    public Long unitScope(Role... rolesThatReadEveryUnit) {
        for (Role role : rolesThatReadEveryUnit) {
            if (roles.contains(role)) {
                return null;
            }
        }
        if (roles.contains(Role.FOCAL_POINT) && unitId != null) {
            return unitId;
        }
        throw new AccessDeniedException("No role of " + username + " reaches units' data for this");
    }
}
