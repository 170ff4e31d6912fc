package vn.parindex.security.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Loads an account as a principal for background work run as that account. Not a bean: sign-in
 * goes through {@link ThrottledAuthenticationProvider} only, so Spring Security never wires a
 * second, unthrottled and unaudited login path.
 */
class PortalUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;

    PortalUserDetailsService(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(username == null ? "" : username.trim())
                .map(PortalUserDetails::new)
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
    }
}
