package vn.parindex.demo;

import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.parindex.audit.AuditLog;
import vn.parindex.security.Role;

/** Runs demo loading through the real, secured services as the portal's own "system" user. */
final class SystemUser {

    private SystemUser() {}

    static void run(Runnable work) {
        var context = SecurityContextHolder.getContext();
        var previous = context.getAuthentication();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(
                AuditLog.SYSTEM_ACTOR,
                null,
                List.of(
                        new SimpleGrantedAuthority(Role.ADMIN.authority()),
                        new SimpleGrantedAuthority(Role.SECRETARIAT.authority()))));
        try {
            work.run();
        } finally {
            context.setAuthentication(previous);
        }
    }

    /** Like {@link #run}, returning what the work read. */
    static <T> T supply(java.util.function.Supplier<T> work) {
        List<T> result = new java.util.ArrayList<>(1);
        run(() -> result.add(work.get()));
        return result.get(0);
    }
}
