package vn.parindex.organization;

import java.util.List;
import vn.parindex.shared.RowProblem;

/**
 * What a units import found (dry run) or did (commit): every problem with its row, and the counts of
 * units the file creates, changes, leaves as they are and (when asked) deactivates. Nothing is saved
 * while {@code problems} is not empty.
 */
public record UnitImportResult(
        List<RowProblem> problems, int rows, int created, int updated, int unchanged, int deactivated, boolean saved) {

    public boolean ok() {
        return problems.isEmpty();
    }
}
