package vn.parindex.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.StreamResource;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import vn.parindex.shared.ui.EChart;
import vn.parindex.shared.ui.Formats;

/**
 * One dashboard chart with its tools: the chart (click a unit to open its detail; PNG through the
 * chart's own toolbox), a switch to the same data as a plain table (screen readers, copying; units
 * link to their detail), and the data as XLSX.
 */
class ChartPanel extends Div {

    static final String UNIT_DETAIL_ROUTE = "ranking/unit";

    private final EChart chart = new EChart();
    private final NativeTable table = new NativeTable();
    private final Button toggle = new Button();
    private final DashboardChart data;
    private final Locale locale;
    private boolean tableFilled;

    ChartPanel(DashboardChart data, Locale locale) {
        this.data = data;
        addClassName("dashboard-panel");
        setId("chart-" + data.id());
        H3 title = new H3(data.title());
        title.addClassName("dashboard-panel-title");

        toggle.setId(data.id() + "-toggle");
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        toggle.setIcon(VaadinIcon.TABLE.create());
        toggle.addClickListener(click -> showTable(!table.isVisible()));

        StreamResource xlsx =
                new StreamResource("dashboard-" + data.id() + ".xlsx", (out, session) -> ChartXlsx.write(data, out));
        Anchor download = new Anchor(xlsx, "");
        download.getElement().setAttribute("download", true);
        Button xlsxButton = new Button(getTranslation("dashboard.chart.xlsx"), VaadinIcon.DOWNLOAD.create());
        xlsxButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        download.add(xlsxButton);
        download.setId(data.id() + "-xlsx");

        HorizontalLayout header = new HorizontalLayout(title, toggle, download);
        header.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        header.addClassName("dashboard-panel-header");

        chart.setId(data.id() + "-chart");
        chart.setHeight(data.height() + "px");
        chart.getElement().setAttribute("role", "img");
        chart.getElement().setAttribute("aria-label", data.title());
        chart.setOption(data.option());
        chart.addPointClickListener(click -> openUnit(click.key()));

        table.setId(data.id() + "-table");
        table.addClassName("dashboard-table");
        this.locale = locale;

        add(header, chart, table);
        showTable(false);
    }

    EChart chart() {
        return chart;
    }

    NativeTable table() {
        return table;
    }

    DashboardChart data() {
        return data;
    }

    void showTable(boolean visible) {
        // Built when first asked for: a 1,000-unit heat map's table is 7,000 cells, most never read.
        if (visible && !tableFilled) {
            fillTable(locale);
            tableFilled = true;
        }
        table.setVisible(visible);
        chart.setVisible(!visible);
        toggle.setText(getTranslation(visible ? "dashboard.chart.showChart" : "dashboard.chart.showTable"));
        toggle.setIcon((visible ? VaadinIcon.BAR_CHART : VaadinIcon.TABLE).create());
    }

    private void fillTable(Locale locale) {
        table.setCaptionText(data.title());
        NativeTableRow headerRow = new NativeTableRow();
        for (String heading : data.table().headers()) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(heading);
            cell.getElement().setAttribute("scope", "col");
            headerRow.add(cell);
        }
        table.getHead().add(headerRow);
        NativeTableBody body = table.getBody();
        for (ChartTable.Row row : data.table().rows()) {
            NativeTableRow line = new NativeTableRow();
            for (int c = 0; c < row.cells().size(); c++) {
                String text = text(row.cells().get(c), locale);
                NativeTableCell cell = new NativeTableCell();
                // The unit's name (first text column) links to its detail when the row is one unit.
                if (row.key() != null && c == unitColumn(row)) {
                    cell.add(new Anchor(detailUrl(row.key()), text));
                } else {
                    cell.setText(text);
                }
                if (row.cells().get(c) instanceof Number) {
                    cell.addClassName("dashboard-number");
                }
                line.add(cell);
            }
            body.add(line);
        }
    }

    private static int unitColumn(ChartTable.Row row) {
        for (int c = 0; c < row.cells().size(); c++) {
            if (row.cells().get(c) instanceof String) {
                return c;
            }
        }
        return 0;
    }

    static String text(Object value, Locale locale) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return Formats.score(decimal, locale);
        }
        return value.toString();
    }

    static String detailUrl(String key) {
        String[] parts = key.split(":");
        return UNIT_DETAIL_ROUTE + "?period=" + parts[0] + "&unit=" + parts[1];
    }

    private void openUnit(String key) {
        String[] parts = key.split(":");
        if (parts.length != 2) {
            return;
        }
        getUI().ifPresent(ui ->
                ui.navigate(UNIT_DETAIL_ROUTE, QueryParameters.simple(Map.of("period", parts[0], "unit", parts[1]))));
    }
}
