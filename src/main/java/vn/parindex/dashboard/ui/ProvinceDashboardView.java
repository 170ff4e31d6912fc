package vn.parindex.dashboard.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.parindex.dashboard.Dashboards;
import vn.parindex.dashboard.ProvinceDashboard;
import vn.parindex.organization.BlockSummary;
import vn.parindex.period.PeriodSummary;
import vn.parindex.ranking.UnitResultRow;
import vn.parindex.security.Role;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.ui.Formats;
import vn.parindex.shared.ui.Messages;

/**
 * The province dashboard: pick a period and block; the ranking coloured by band, the index's
 * distribution, units x areas, chosen units over the years, the biggest movers with their reasons,
 * the current period's progress, and (for the secretariat and leaders) leader classification and
 * awards against last year. Every chart has a table view and XLSX and PNG exports; a unit in a chart
 * opens its detail. Address: {@code dashboard?period=ID} or {@code ?year=2023}, and {@code &block=ID}.
 */
@Route("dashboard")
@Menu(title = "menu.dashboard", order = 1, icon = "vaadin:dashboard")
@RolesAllowed({Role.Names.SECRETARIAT, Role.Names.COUNCIL_MEMBER, Role.Names.LEADER})
public class ProvinceDashboardView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** Units drawn over the years when none is chosen: the block's best. */
    static final int DEFAULT_CHOSEN = 5;

    private final transient Dashboards dashboards;
    private final ComboBox<PeriodSummary> period = new ComboBox<>();
    private final ComboBox<BlockSummary> block = new ComboBox<>();
    private final MultiSelectComboBox<UnitResultRow> units = new MultiSelectComboBox<>();
    private final Div status = new Div();
    private final Div content = new Div();
    private final List<ChartPanel> panels = new ArrayList<>();
    private transient ProvinceDashboard shown;
    private boolean filling;

    public ProvinceDashboardView(Dashboards dashboards) {
        this.dashboards = dashboards;
        setId("dashboard-view");
        addClassName("portal-page");
        period.setId("dashboard-period");
        period.setLabel(getTranslation("dashboard.period"));
        period.setItemLabelGenerator(p -> p.title(getLocale()));
        block.setId("dashboard-block");
        block.setLabel(getTranslation("dashboard.block"));
        block.setItemLabelGenerator(b -> b.name(getLocale()));
        units.setId("dashboard-units");
        units.setLabel(getTranslation("dashboard.units"));
        units.setItemLabelGenerator(row -> row.unitName(getLocale()));
        period.setWidth("22em");
        block.setWidth("20em");
        units.setWidth("28em");

        period.addValueChangeListener(change -> {
            if (!filling && change.getValue() != null) {
                choosePeriod(change.getValue(), null);
            }
        });
        block.addValueChangeListener(change -> {
            if (!filling && change.getValue() != null) {
                load(period.getValue(), change.getValue());
            }
        });
        units.addValueChangeListener(change -> {
            if (!filling && shown != null) {
                replaceHistory();
            }
        });

        status.setId("dashboard-status");
        status.addClassName("dashboard-status");
        content.setId("dashboard-content");
        content.addClassName("dashboard-grid");
        content.setWidthFull();
        HorizontalLayout pickers = new HorizontalLayout(period, block, units);
        pickers.setAlignItems(Alignment.BASELINE);
        pickers.setWrap(true);
        add(new H2(getTranslation("dashboard.title")), pickers, status, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        List<PeriodSummary> periods = dashboards.periods();
        filling = true;
        period.setItems(periods);
        filling = false;
        if (periods.isEmpty()) {
            status.setText(getTranslation("dashboard.noPeriods"));
            return;
        }
        Optional<Long> periodId = number(query, "period");
        Optional<Long> year = number(query, "year");
        PeriodSummary chosen = periods.stream()
                .filter(p -> periodId.map(id -> p.id() == id).orElse(false)
                        || year.map(y -> p.year() == y).orElse(false))
                .findFirst()
                .orElse(periods.get(0));
        choosePeriod(chosen, number(query, "block").orElse(null));
    }

    private void choosePeriod(PeriodSummary chosen, Long blockId) {
        List<BlockSummary> blocks = dashboards.blocks(chosen.id());
        filling = true;
        period.setValue(chosen);
        block.setItems(blocks);
        filling = false;
        if (blocks.isEmpty()) {
            content.removeAll();
            status.setText(getTranslation("dashboard.noBlocks"));
            return;
        }
        BlockSummary pick = blocks.stream()
                .filter(b -> blockId != null && b.id() == blockId)
                .findFirst()
                .orElse(blocks.get(0));
        load(chosen, pick);
    }

    private void load(PeriodSummary chosenPeriod, BlockSummary chosenBlock) {
        filling = true;
        block.setValue(chosenBlock);
        filling = false;
        try {
            show(dashboards.province(chosenPeriod.id(), chosenBlock.id()));
        } catch (BusinessRuleException refusal) {
            content.removeAll();
            status.setText(Messages.of(this, refusal));
        }
    }

    private void show(ProvinceDashboard dashboard) {
        this.shown = dashboard;
        Locale locale = getLocale();
        DashboardCharts.Texts t = this::getTranslation;
        status.removeAll();
        status.add(new Span(dashboard
                .results()
                .publication()
                .map(ref -> getTranslation("dashboard.published", ref.revision()))
                .orElse(getTranslation("dashboard.draft"))));
        List<UnitResultRow> ranked = dashboard.results().ranked();
        if (!ranked.isEmpty()) {
            status.add(new Span(getTranslation(
                    "dashboard.summary",
                    ranked.size(),
                    Formats.score(ranked.get(0).index(), locale),
                    ranked.get(0).unitName(locale))));
        }
        filling = true;
        units.setItems(ranked);
        units.setValue(new LinkedHashSet<>(ranked.subList(0, Math.min(DEFAULT_CHOSEN, ranked.size()))));
        filling = false;

        content.removeAll();
        panels.clear();
        if (ranked.isEmpty()) {
            content.add(new Paragraph(getTranslation("dashboard.noResults")));
        } else {
            long periodId = dashboard.period().id();
            addPanel(DashboardCharts.ranking(dashboard.results(), t, locale));
            addPanel(DashboardCharts.distribution(dashboard.results(), t, locale));
            addPanel(DashboardCharts.heatMap(dashboard.results(), t, locale));
            addPanel(history(dashboard));
            if (!dashboard.moversUp().isEmpty() || !dashboard.moversDown().isEmpty()) {
                addPanel(DashboardCharts.movers(periodId, dashboard.moversUp(), dashboard.moversDown(), t, locale));
            }
        }
        if (dashboard.progress() != null) {
            addPanel(DashboardCharts.progress(dashboard.progress(), t, locale));
        }
        if (dashboard.leaders() != null) {
            addPanel(DashboardCharts.leaders(dashboard.leaders(), t));
        }
        if (dashboard.awards() != null && !dashboard.awards().isEmpty()) {
            addPanel(DashboardCharts.awards(dashboard.period().year(), dashboard.awards(), t, locale));
        }
    }

    private DashboardChart history(ProvinceDashboard dashboard) {
        List<Long> chosen = units.getValue().stream()
                .sorted(java.util.Comparator.comparingInt(UnitResultRow::rank))
                .map(UnitResultRow::unitId)
                .toList();
        return DashboardCharts.history(dashboard.history(), chosen, this::getTranslation, getLocale());
    }

    private void replaceHistory() {
        for (int i = 0; i < panels.size(); i++) {
            ChartPanel old = panels.get(i);
            if (old.data().id().equals("history")) {
                ChartPanel fresh = new ChartPanel(history(shown), getLocale());
                content.replace(old, fresh);
                panels.set(i, fresh);
                return;
            }
        }
    }

    private void addPanel(DashboardChart chart) {
        ChartPanel panel = new ChartPanel(chart, getLocale());
        panels.add(panel);
        content.add(panel);
    }

    List<ChartPanel> panels() {
        return List.copyOf(panels);
    }

    private static Optional<Long> number(QueryParameters query, String name) {
        return query.getSingleParameter(name).flatMap(value -> {
            try {
                return Optional.of(Long.parseLong(value));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title");
    }
}
