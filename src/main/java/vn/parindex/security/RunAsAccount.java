package vn.parindex.security;

/**
 * Runs the portal's own background work (demo loading, scheduled jobs) as an existing account, so
 * the account's roles and unit scope apply exactly as when it signs in. Never exposed to the UI.
 */
public interface RunAsAccount {

    void run(String username, Runnable work);
}
