package vn.parindex.shared;

import java.util.List;

/**
 * One problem an import found: the spreadsheet row (1-based, as the spreadsheet shows it), the
 * column's header (empty for the whole row or file) and a translation key with its arguments.
 */
public record RowProblem(int row, String column, String messageKey, List<String> args) {

    public static RowProblem of(int row, String column, String messageKey, Object... args) {
        return new RowProblem(
                row,
                column,
                messageKey,
                java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
