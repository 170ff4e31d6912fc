package vn.parindex.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.parindex.shared.DatabaseFailures;

/**
 * Ends a session at its next request once its account was disabled, its password reset or its
 * roles or unit changed: the stamp the session signed in with no longer matches the database, so
 * the session is invalidated and the request goes on anonymous (a page goes to the login form).
 * Works across nodes because the stamp lives in the database.
 */
final class SessionStampFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionStampFilter.class);

    private final SessionStamps stamps;
    private final SecurityContextHolderStrategy contexts;

    /**
     * Reads the same strategy instance the filter chain fills (Vaadin's bean), not the JVM-wide
     * static holder: with two portal instances in one JVM (the two-node test) each has its own.
     */
    SessionStampFilter(SessionStamps stamps, SecurityContextHolderStrategy contexts) {
        this.stamps = stamps;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = contexts.getContext().getAuthentication();
        if (authentication != null
                && authentication.getPrincipal() instanceof PortalUserDetails user
                && !current(user)) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            contexts.clearContext();
            log.info("Ended a session of '{}': the account was disabled or changed", user.getUsername());
        }
        chain.doFilter(request, response);
    }

    /**
     * Without the database the stamp cannot be read. The request goes on then: whatever it does needs
     * the database too and fails there, where the portal tells the user that nothing was saved and
     * to try again, instead of the browser getting a bare server error; the next request once the
     * database is back is checked again.
     */
    private boolean current(PortalUserDetails user) {
        try {
            return stamps.current(user.id(), user.sessionStamp());
        } catch (DataAccessException | TransactionException failure) {
            if (!DatabaseFailures.unavailable(failure)) {
                throw failure;
            }
            log.warn(
                    "Session stamp of '{}' not checked, database unavailable: {}",
                    user.getUsername(),
                    failure.getMessage());
            return true;
        }
    }
}
