package vn.parindex.support;

import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Signs a user in through the portal's real authentication (password check, lockout, audit). */
public final class SignIn {

    public static final String DEMO_PASSWORD = "Demo@2024";

    private SignIn() {}

    public static Authentication as(ApplicationContext context, String username) {
        return as(context, username, DEMO_PASSWORD);
    }

    public static Authentication as(ApplicationContext context, String username, String password) {
        try {
            Authentication authentication = context.getBean(AuthenticationConfiguration.class)
                    .getAuthenticationManager()
                    .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
            SecurityContextHolder.getContext().setAuthentication(authentication);
            return authentication;
        } catch (Exception e) {
            throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        }
    }

    public static void out() {
        SecurityContextHolder.clearContext();
    }
}
