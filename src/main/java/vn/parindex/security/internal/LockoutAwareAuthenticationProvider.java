package vn.parindex.security.internal;

import java.time.Clock;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Spring's user-name and password check, with every outcome recorded: failures count towards the
 * lockout, and each attempt is audited with the client's address.
 */
@Component
class LockoutAwareAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider delegate;
    private final LoginAttempts attempts;

    LockoutAwareAuthenticationProvider(
            UserAccountRepository users, Clock clock, PasswordEncoder passwordEncoder, LoginAttempts attempts) {
        this.delegate = new DaoAuthenticationProvider(new PortalUserDetailsService(users, clock));
        this.delegate.setPasswordEncoder(passwordEncoder);
        this.attempts = attempts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username =
                authentication.getName() == null ? "" : authentication.getName().trim();
        String clientAddress = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
        try {
            Authentication result = delegate.authenticate(authentication);
            attempts.succeeded(username, clientAddress);
            return result;
        } catch (LockedException e) {
            attempts.refused(username, clientAddress, "locked");
            throw e;
        } catch (DisabledException e) {
            attempts.refused(username, clientAddress, "disabled");
            throw e;
        } catch (BadCredentialsException e) {
            attempts.failed(username, clientAddress);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
