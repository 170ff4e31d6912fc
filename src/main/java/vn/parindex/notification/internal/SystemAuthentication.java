package vn.parindex.notification.internal;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import vn.parindex.audit.AuditLog;
import vn.parindex.security.Role;

/**
 * Runs a scheduled job as the portal itself ("system" in the audit trail), province-wide, with the
 * secretariat's reading rights it needs for periods, units and deadlines; in a fresh security context
 * that is restored afterwards. The context goes into the application's own holder strategy (the bean
 * method security reads) and into the static holder (what {@code CurrentUserService} and the audit
 * trail read). In a deployed portal the two are one object; with two applications in one JVM (the
 * two-node test) the static holder belongs to whichever started last, and the job may run on the
 * other one.
 */
final class SystemAuthentication {

    private final SecurityContextHolderStrategy contexts;

    SystemAuthentication(SecurityContextHolderStrategy contexts) {
        this.contexts = contexts;
    }

    <T> T call(Supplier<T> work) {
        SecurityContextHolderStrategy global = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext previous = contexts.getContext();
        SecurityContext previousGlobal = global.getContext();
        SecurityContext system = contexts.createEmptyContext();
        system.setAuthentication(new UsernamePasswordAuthenticationToken(
                AuditLog.SYSTEM_ACTOR, null, List.of(new SimpleGrantedAuthority(Role.SECRETARIAT.authority()))));
        contexts.setContext(system);
        global.setContext(system);
        try {
            return work.get();
        } finally {
            global.setContext(previousGlobal);
            contexts.setContext(previous);
        }
    }
}
