package vn.parindex.shared.pdf;

import java.util.List;
import java.util.Objects;

/**
 * A table as the portal's PDFs print it: column headings (repeated at the top of every page), relative
 * widths and alignment, and rows of ready-formatted text. Formatting numbers and dates for the reader's
 * language is the caller's job; the layout only places text.
 */
public record PdfTable(List<Column> columns, List<Row> rows) {

    public enum Align {
        LEFT,
        CENTER,
        RIGHT
    }

    /** What a row looks like: an ordinary row, one set in bold, or a section heading across every column. */
    public enum RowStyle {
        NORMAL,
        EMPHASIS,
        SECTION
    }

    public record Column(String heading, float width, Align align) {}

    /** One row; a SECTION row prints only its first cell, across the table. */
    public record Row(List<String> cells, RowStyle style) {

        public Row {
            cells = cells.stream()
                    .map(cell -> Objects.requireNonNullElse(cell, ""))
                    .toList();
        }

        public static Row of(List<String> cells) {
            return new Row(cells, RowStyle.NORMAL);
        }

        public static Row section(String text) {
            return new Row(List.of(text), RowStyle.SECTION);
        }
    }

    public PdfTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (Row row : rows) {
            if (row.style() != RowStyle.SECTION && row.cells().size() != columns.size()) {
                throw new IllegalArgumentException(
                        "row of " + row.cells().size() + " cells in a table of " + columns.size() + " columns");
            }
        }
    }
}
