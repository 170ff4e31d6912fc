package vn.parindex.security;

import java.util.function.Supplier;

/**
 * The one way the portal's own background work (demo loading, scheduled jobs) runs through the
 * secured services. Never exposed to the UI.
 */
public interface RunAs {

    /** Runs the work as an existing, enabled account: its roles and unit scope apply as when it signs in. */
    void asAccount(String username, Runnable work);

    /**
     * Runs the work as the portal itself (audited as {@code system}) with ADMIN and SECRETARIAT
     * rights and no unit: for setting up what exists before any account does (the demo province).
     */
    void asSystem(Runnable work);

    /** Like {@link #asSystem(Runnable)}, returning what the work read. */
    <T> T readAsSystem(Supplier<T> work);
}
