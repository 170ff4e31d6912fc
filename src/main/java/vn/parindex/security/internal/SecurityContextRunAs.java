package vn.parindex.security.internal;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import vn.parindex.audit.AuditLog;
import vn.parindex.security.Role;
import vn.parindex.security.RunAs;

/** Puts the chosen identity into the thread's security context for the work, and the previous one back. */
@Component
class SecurityContextRunAs implements RunAs {

    private final PortalUserDetailsService accounts;

    SecurityContextRunAs(UserAccountRepository users) {
        this.accounts = new PortalUserDetailsService(users);
    }

    @Override
    public void asAccount(String username, Runnable work) {
        UserDetails account = accounts.loadUserByUsername(username);
        if (!account.isEnabled()) {
            throw new IllegalStateException("Account " + username + " is disabled");
        }
        runAs(UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()), work);
    }

    @Override
    public void asSystem(Runnable work) {
        runAs(
                UsernamePasswordAuthenticationToken.authenticated(
                        AuditLog.SYSTEM_ACTOR,
                        null,
                        List.of(
                                new SimpleGrantedAuthority(Role.ADMIN.authority()),
                                new SimpleGrantedAuthority(Role.SECRETARIAT.authority()))),
                work);
    }

    @Override
    public <T> T readAsSystem(Supplier<T> work) {
        List<T> result = new java.util.ArrayList<>(1);
        asSystem(() -> {
            result.add(work.get());
        });
        return result.get(0);
    }

    private static void runAs(Authentication identity, Runnable work) {
        var context = SecurityContextHolder.getContext();
        Authentication previous = context.getAuthentication();
        context.setAuthentication(identity);
        try {
            work.run();
        } finally {
            context.setAuthentication(previous);
        }
    }
}
