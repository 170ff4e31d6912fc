package vn.parindex.criteria;

import java.util.List;

/** A problem found in an imported file: the row (1-based, as the spreadsheet shows it) and why. */
public record ImportProblem(int row, String messageKey, List<Object> arguments) {

    public Object[] args() {
        return arguments.toArray();
    }
}
