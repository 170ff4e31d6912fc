package vn.parindex.audit.internal;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import jakarta.servlet.http.HttpServletRequest;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import vn.parindex.audit.AuditLog;

/**
 * Puts what Spring Security and Vaadin refuse or end into the trail: sign-outs
 * ({@link LogoutSuccessEvent}), refusals of method security and of the HTTP filter chain
 * ({@link AuthorizationDeniedEvent}, published once an {@link AuthorizationEventPublisher} bean exists)
 * and Vaadin navigation to a view the user's roles do not allow. Refusals of anonymous visitors are
 * the normal way to the login page and are not recorded.
 */
@Configuration
class SecurityAudit {

    private final AuditLog auditLog;

    SecurityAudit(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    /** Makes Spring Security publish its denials (only those: granted decisions are not published). */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }

    @EventListener
    void loggedOut(LogoutSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        auditLog.recordAccessFor(
                authentication.getName(),
                AuditLog.currentClientAddress(),
                "LOGOUT",
                "USER",
                authentication.getName(),
                null);
    }

    @EventListener
    void denied(AuthorizationDeniedEvent<?> event) {
        Authentication authentication = event.getAuthentication().get();
        if (!signedIn(authentication)) {
            return;
        }
        Object source = event.getSource();
        String target;
        if (source instanceof MethodInvocation invocation) {
            target = invocation.getMethod().getDeclaringClass().getSimpleName() + "."
                    + invocation.getMethod().getName();
        } else if (source instanceof HttpServletRequest request) {
            target = request.getMethod() + " " + request.getRequestURI();
        } else {
            target = source.getClass().getSimpleName();
        }
        auditLog.recordDeniedFor(authentication.getName(), AuditLog.currentClientAddress(), target);
    }

    private static boolean signedIn(Authentication authentication) {
        return authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    /** Vaadin's navigation check: records a signed-in user's navigation to a view they may not open. */
    @Bean
    VaadinServiceInitListener navigationDenialAudit(AccessAnnotationChecker checker) {
        return (ServiceInitEvent serviceEvent) -> serviceEvent
                .getSource()
                .addUIInitListener(
                        uiEvent -> uiEvent.getUI().addBeforeEnterListener(event -> navigated(checker, event)));
    }

    private void navigated(AccessAnnotationChecker checker, BeforeEnterEvent event) {
        if (event.isErrorEvent() || event.getNavigationTarget() == null) {
            return;
        }
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null || request.getUserPrincipal() == null) {
            return;
        }
        if (!checker.hasAccess(event.getNavigationTarget(), request.getHttpServletRequest())) {
            auditLog.recordDeniedFor(
                    request.getUserPrincipal().getName(),
                    request.getRemoteAddr(),
                    "/" + event.getLocation().getPath());
        }
    }
}
