package vn.parindex.security.internal;

import java.time.Clock;
import java.time.Instant;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Loads users and their roles for the login check. Not a bean: only the lockout-aware provider
 * uses it, so Spring Security never wires a second, unaudited login path.
 */
class PortalUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;
    private final Clock clock;

    PortalUserDetailsService(UserAccountRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = users.findByUsername(username == null ? "" : username.trim())
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        return new PortalUserDetails(account, account.isLockedAt(Instant.now(clock)));
    }
}
