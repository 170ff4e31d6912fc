package vn.parindex.security.internal;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import vn.parindex.security.RunAsAccount;

@Component
class AccountRunner implements RunAsAccount {

    private final PortalUserDetailsService accounts;

    AccountRunner(UserAccountRepository users) {
        this.accounts = new PortalUserDetailsService(users);
    }

    @Override
    public void run(String username, Runnable work) {
        var context = SecurityContextHolder.getContext();
        var previous = context.getAuthentication();
        UserDetails account = accounts.loadUserByUsername(username);
        if (!account.isEnabled()) {
            throw new IllegalStateException("Account " + username + " is disabled");
        }
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
        try {
            work.run();
        } finally {
            context.setAuthentication(previous);
        }
    }
}
