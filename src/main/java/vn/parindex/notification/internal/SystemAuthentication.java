package vn.parindex.notification.internal;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.parindex.audit.AuditLog;
import vn.parindex.security.Role;

/**
 * Runs a scheduled job as the portal itself ("system" in the audit trail), province-wide, with the
 * secretariat's reading rights it needs for periods, units and deadlines; in a fresh security context
 * that is restored afterwards.
 */
final class SystemAuthentication {

    private SystemAuthentication() {}

    static <T> T call(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(new UsernamePasswordAuthenticationToken(
                AuditLog.SYSTEM_ACTOR, null, List.of(new SimpleGrantedAuthority(Role.SECRETARIAT.authority()))));
        SecurityContextHolder.setContext(system);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
