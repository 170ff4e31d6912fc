package vn.parindex.security.internal;

import java.util.Optional;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.SpringSecurityMessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import vn.parindex.security.internal.LoginThrottles.ThrottleHold;

/**
 * The portal's only sign-in check. Every attempt costs exactly one password hash check, whether the
 * account exists, is disabled or is held back by the throttle, so the answer time says nothing;
 * every refusal is the same {@link BadCredentialsException}, so the message says nothing either.
 * Attempts held back by the throttle are refused (even with the right password) without counting;
 * wrong passwords and unknown names are counted by address, by account and address, and by account.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    /** Compared against when the account does not exist, so unknown names cost a full check too. */
    private static final String UNKNOWN_USER_PASSWORD = "unknown-user-password";

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final LoginAttempts attempts;
    private final MessageSourceAccessor messages = SpringSecurityMessageSource.getAccessor();
    private final String unknownUserHash;

    ThrottledAuthenticationProvider(
            UserAccountRepository users, PasswordEncoder passwordEncoder, LoginAttempts attempts) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.attempts = attempts;
        this.unknownUserHash = passwordEncoder.encode(UNKNOWN_USER_PASSWORD);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username =
                authentication.getName() == null ? "" : authentication.getName().strip();
        String presented = authentication.getCredentials() == null
                ? ""
                : authentication.getCredentials().toString();
        String clientAddress = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;

        Optional<ThrottleHold> hold = attempts.hold(username, clientAddress);
        Optional<UserAccount> account = username.isEmpty() ? Optional.empty() : users.findByUsername(username);
        String storedHash = account.map(UserAccount::getPasswordHash).orElse(unknownUserHash);
        boolean matches = passwordMatches(presented, storedHash);
        Long accountId = account.map(UserAccount::getId).orElse(null);

        if (hold.isPresent()) {
            attempts.throttled(username, clientAddress, accountId, hold.get());
            throw refusal();
        }
        if (account.isEmpty() || !matches) {
            attempts.failed(username, clientAddress, accountId);
            throw refusal();
        }
        UserAccount user = account.get();
        if (!user.isEnabled()) {
            attempts.refused(username, clientAddress, user.getId(), "disabled");
            throw refusal();
        }
        String upgradedHash = passwordEncoder.upgradeEncoding(storedHash) ? passwordEncoder.encode(presented) : null;
        attempts.succeeded(username, clientAddress, user.getId(), storedHash, upgradedHash);
        PortalUserDetails principal = new PortalUserDetails(user);
        UsernamePasswordAuthenticationToken result =
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        result.setDetails(authentication.getDetails());
        return result;
    }

    /** A malformed or legacy hash that cannot take this password is a mismatch, never an error page. */
    private boolean passwordMatches(String presented, String storedHash) {
        try {
            return passwordEncoder.matches(presented, storedHash);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private BadCredentialsException refusal() {
        return new BadCredentialsException(
                messages.getMessage("AbstractUserDetailsAuthenticationProvider.badCredentials", "Bad credentials"));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
