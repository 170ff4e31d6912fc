package vn.parindex.security;

import java.util.List;
import vn.parindex.shared.RowProblem;

/**
 * What a users import found (dry run) or did (commit). {@code passwords} holds the new users'
 * one-time passwords after a commit, in memory only: the caller shows them once and keeps nothing.
 */
public record UserImportResult(
        List<RowProblem> problems, int rows, int created, int updated, int unchanged, List<OneTimePassword> passwords) {

    public boolean ok() {
        return problems.isEmpty();
    }

    public boolean saved() {
        return ok() && (created + updated > 0) && passwords != null;
    }

    /** A new user's one-time password, for the administrator's list. */
    public record OneTimePassword(String username, String fullName, String unitCode, String password) {

        @Override
        public String toString() {
            // Never in a log by accident.
            return "OneTimePassword[" + username + "]";
        }
    }
}
