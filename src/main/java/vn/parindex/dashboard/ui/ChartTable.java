package vn.parindex.dashboard.ui;

import java.util.List;

/**
 * A chart's data as a table: what the table view shows (screen readers, copying) and the XLSX
 * export writes. Cells are text, {@link java.math.BigDecimal} scores (two decimals, locale format)
 * or integers.
 */
record ChartTable(List<String> headers, List<Row> rows) {

    ChartTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /**
     * @param key the drill-down key of the row's unit ({@code periodId:unitId}), null when none
     */
    record Row(String key, List<Object> cells) {

        Row {
            cells = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(cells));
        }
    }
}
