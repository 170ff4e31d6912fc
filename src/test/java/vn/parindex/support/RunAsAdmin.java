package vn.parindex.support;

import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs a step as the demo administrator and restores whoever was signed in before. */
public final class RunAsAdmin {

    private RunAsAdmin() {}

    public static void run(ApplicationContext context, Runnable work) {
        get(context, () -> {
            work.run();
            return null;
        });
    }

    public static <T> T get(ApplicationContext context, Supplier<T> work) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        SignIn.as(context, "admin");
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }
}
