package vn.parindex.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import vn.parindex.security.internal.PortalUserDetails;

/** Who is signed in, and which units' data they may reach. */
@Service
public class CurrentUserService {

    public Optional<CurrentUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PortalUserDetails details) {
            return Optional.of(details.toCurrentUser());
        }
        return Optional.empty();
    }

    public CurrentUser require() {
        return current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    /**
     * The unit id to limit a capability's queries to (see {@link CurrentUser#unitScope}): null when
     * the caller holds one of {@code rolesThatReadEveryUnit}, a focal point's own unit, otherwise
     * access denied. Refuses anonymous callers.
     */
    public Long unitScope(Role... rolesThatReadEveryUnit) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            throw new AccessDeniedException("Not signed in");
        }
        if (authentication.getPrincipal() instanceof PortalUserDetails details) {
            return details.toCurrentUser().unitScope(rolesThatReadEveryUnit);
        }
        // The portal's own background work (demo data, scheduled jobs) runs province-wide.
        return null;
    }

    /**
     * Refuses access unless the caller holds one of {@code rolesThatReadEveryUnit} or is the focal
     * point of this very unit.
     */
    public void checkUnitAccess(long unitId, Role... rolesThatReadEveryUnit) {
        Long scope = unitScope(rolesThatReadEveryUnit);
        if (scope != null && scope != unitId) {
            throw new AccessDeniedException("Unit " + unitId + " is outside the caller's scope");
        }
    }
}
