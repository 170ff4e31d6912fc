package vn.parindex.security.internal;

import java.util.Collection;
import java.util.Set;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.Role;

/** The principal kept in the session after login. */
public final class PortalUserDetails implements UserDetails, CredentialsContainer {

    private final long id;
    private final String username;
    private String passwordHash;
    private final String fullName;
    private final Long unitId;
    private final Set<Role> roles;
    private final boolean enabled;
    private final boolean locked;

    PortalUserDetails(UserAccount account, boolean locked) {
        this.id = account.getId();
        this.username = account.getUsername();
        this.passwordHash = account.getPasswordHash();
        this.fullName = account.getFullName();
        this.unitId = account.getUnitId();
        this.roles = Set.copyOf(account.getRoles());
        this.enabled = account.isEnabled();
        this.locked = locked;
    }

    public CurrentUser toCurrentUser() {
        return new CurrentUser(id, username, fullName, unitId, roles);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream()
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
