package vn.parindex.security.internal;

import java.util.Collection;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.Role;

/**
 * The principal kept in the session after sign-in. It holds no password hash, and carries the
 * account's session stamp so that a change that must end the session is seen at the next request.
 */
public final class PortalUserDetails implements UserDetails {

    private final long id;
    private final String username;
    private final String fullName;
    private final Long unitId;
    private final Set<Role> roles;
    private final boolean enabled;
    private final long sessionStamp;

    PortalUserDetails(UserAccount account) {
        this.id = account.getId();
        this.username = account.getUsername();
        this.fullName = account.getFullName();
        this.unitId = account.getUnitId();
        this.roles = Set.copyOf(account.getRoles());
        this.enabled = account.isEnabled();
        this.sessionStamp = account.getSessionStamp();
    }

    public CurrentUser toCurrentUser() {
        return new CurrentUser(id, username, fullName, unitId, roles);
    }

    long id() {
        return id;
    }

    long sessionStamp() {
        return sessionStamp;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream()
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
    }

    /** Never kept: the password is checked against the database at sign-in only. */
    @Override
    public String getPassword() {
        return null;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
