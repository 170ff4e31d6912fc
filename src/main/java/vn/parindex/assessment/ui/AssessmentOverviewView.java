package vn.parindex.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.parindex.assessment.AssessmentStatus;
import vn.parindex.assessment.OverviewRow;
import vn.parindex.assessment.SelfAssessments;
import vn.parindex.organization.BlockSummary;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.period.PeriodAdministration;
import vn.parindex.period.PeriodSummary;
import vn.parindex.period.Phase;
import vn.parindex.security.Role;
import vn.parindex.shared.ui.Formats;

/** The secretariat's view of every unit's self-assessment in a period, with return and extension. */
@Route("self-assessment/overview")
@Menu(title = "menu.selfAssessmentOverview", order = 6, icon = "vaadin:table")
@RolesAllowed(Role.Names.SECRETARIAT)
public class AssessmentOverviewView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final transient SelfAssessments assessments;
    private final transient PeriodAdministration periodAdministration;
    private final Map<Long, BlockSummary> blocks;
    private final Select<PeriodSummary> period = new Select<>();
    private final Select<BlockSummary> block = new Select<>();
    private final Select<AssessmentStatus> status = new Select<>();
    private final Checkbox onlyRecheck = new Checkbox();
    private final Span counts = new Span();
    private final Grid<OverviewRow> grid = new Grid<>();
    private List<OverviewRow> rows = List.of();

    public AssessmentOverviewView(
            SelfAssessments assessments,
            PeriodAdministration periodAdministration,
            OrganizationDirectory organization) {
        this.assessments = assessments;
        this.periodAdministration = periodAdministration;
        this.blocks = organization.blocks().stream().collect(Collectors.toMap(BlockSummary::id, Function.identity()));
        setId("overview-view");
        addClassName("portal-page");
        setSizeFull();

        period.setId("overview-period");
        period.setLabel(getTranslation("criteria.period"));
        period.setItemLabelGenerator(
                item -> item.year() + " · " + getTranslation(item.phase().labelKey()));
        List<PeriodSummary> periods = assessments.periods();
        period.setItems(periods);
        block.setId("overview-block");
        block.setLabel(getTranslation("units.block"));
        block.setItems(organization.blocks());
        block.setItemLabelGenerator(
                item -> item == null ? getTranslation("overview.allBlocks") : item.name(getLocale()));
        block.setEmptySelectionAllowed(true);
        block.setEmptySelectionCaption(getTranslation("overview.allBlocks"));
        status.setId("overview-status");
        status.setLabel(getTranslation("overview.status"));
        status.setItems(AssessmentStatus.values());
        status.setItemLabelGenerator(
                item -> item == null ? getTranslation("overview.allStatuses") : getTranslation(item.labelKey()));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("overview.allStatuses"));
        onlyRecheck.setId("overview-only-recheck");
        onlyRecheck.setLabel(getTranslation("overview.onlyRecheck"));
        counts.setId("overview-counts");
        counts.addClassName("portal-muted");

        HorizontalLayout toolbar = new HorizontalLayout(period, block, status, onlyRecheck, counts);
        toolbar.addClassName("portal-toolbar");
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        configureGrid();
        add(new H2(getTranslation("overview.title")), toolbar, grid);
        setFlexGrow(1, grid);

        period.addValueChangeListener(event -> reload());
        block.addValueChangeListener(event -> showRows());
        status.addValueChangeListener(event -> showRows());
        onlyRecheck.addValueChangeListener(event -> showRows());
        periods.stream()
                .filter(p -> p.phase() == Phase.SELF_ASSESSMENT)
                .findFirst()
                .or(() -> periods.stream().findFirst())
                .ifPresent(period::setValue);
    }

    /** {@code ?period=id} opens that period, so the overview can be linked to. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter("period")
                .ifPresent(id -> period.getListDataView()
                        .getItems()
                        .filter(candidate -> String.valueOf(candidate.id()).equals(id))
                        .findFirst()
                        .ifPresent(period::setValue));
    }

    private void configureGrid() {
        grid.setId("overview-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        Grid.Column<OverviewRow> unitColumn = grid.addColumn(row -> row.unit().shortName())
                .setHeader(getTranslation("sa.unit"))
                .setTooltipGenerator(row -> row.unit().name(getLocale()))
                .setComparator(
                        Comparator.comparing((OverviewRow row) -> row.unit().blockId())
                                .thenComparing(row -> row.unit().sortOrder()))
                .setFlexGrow(2);
        grid.addColumn(row -> blocks.get(row.unit().blockId()).name(getLocale()))
                .setHeader(getTranslation("units.block"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::statusBadge)
                .setHeader(getTranslation("overview.status"))
                .setComparator(Comparator.comparing(OverviewRow::status))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> getTranslation(
                        "overview.scored",
                        row.progress().scored(),
                        row.progress().applicable(),
                        row.progress().percent()))
                .setHeader(getTranslation("overview.scoredHeader"))
                .setComparator(
                        Comparator.comparing((OverviewRow row) -> row.progress().percent()))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> row.progress().evidenceMissing())
                .setHeader(getTranslation("overview.evidenceMissing"))
                .setComparator(
                        Comparator.comparing((OverviewRow row) -> row.progress().evidenceMissing()))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> Formats.score(row.total(), getLocale()))
                .setHeader(getTranslation("overview.total"))
                .setComparator(Comparator.comparing(OverviewRow::total))
                .setKey("total")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::recheckBadge)
                .setHeader(getTranslation("overview.recheckHeader"))
                .setComparator(Comparator.comparingInt(OverviewRow::markedItems))
                .setKey("recheck")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> Formats.dateTime(row.lastActivity(), getLocale()))
                .setHeader(getTranslation("overview.lastActivity"))
                .setComparator(Comparator.comparing(
                        OverviewRow::lastActivity, Comparator.nullsFirst(Comparator.naturalOrder())))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> Formats.date(row.deadline(), getLocale())
                        + (row.extended() ? " · " + getTranslation("overview.extended") : ""))
                .setHeader(getTranslation("overview.deadline"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::actions)
                .setKey("actions")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.sort(GridSortOrder.asc(unitColumn).build());
        grid.setSizeFull();
    }

    private void reload() {
        rows = period.getValue() == null
                ? List.of()
                : assessments.overview(period.getValue().id());
        showRows();
    }

    private void showRows() {
        List<OverviewRow> shown = rows.stream()
                .filter(row -> block.getValue() == null
                        || row.unit().blockId() == block.getValue().id())
                .filter(row -> status.getValue() == null || row.status() == status.getValue())
                .filter(row -> !onlyRecheck.getValue() || row.markedItems() > 0)
                .toList();
        grid.setItems(shown);
        Map<AssessmentStatus, Long> byStatus =
                shown.stream().collect(Collectors.groupingBy(OverviewRow::status, Collectors.counting()));
        counts.setText(Arrays.stream(AssessmentStatus.values())
                .map(item -> getTranslation(item.labelKey()) + ": " + byStatus.getOrDefault(item, 0L))
                .collect(Collectors.joining(" · ")));
    }

    private Component statusBadge(OverviewRow row) {
        Span badge = new Span(getTranslation(row.status().labelKey()));
        badge.getElement().getThemeList().add("badge pill small");
        if (row.status() == AssessmentStatus.SUBMITTED) {
            badge.getElement().getThemeList().add("success");
        } else if (row.status() == AssessmentStatus.NOT_STARTED) {
            badge.getElement().getThemeList().add("contrast");
        }
        if (row.withdrawnAt() == null) {
            return badge;
        }
        // A unit that withdrew its submission (and maybe submitted again) says so beside its status.
        Span withdrawn = new Span(getTranslation(
                row.status() == AssessmentStatus.SUBMITTED ? "overview.resubmitted" : "overview.withdrawn",
                Formats.dateTime(row.withdrawnAt(), getLocale())));
        withdrawn.setId("overview-withdrawn-" + row.unit().code());
        withdrawn.addClassName("overview-withdrawn");
        return new HorizontalLayout(badge, withdrawn);
    }

    /** Items the unit must check again after a change of the criteria; a submitted sheet can be returned for it. */
    private Component recheckBadge(OverviewRow row) {
        if (row.markedItems() == 0) {
            return new Span();
        }
        Span badge = new Span(String.valueOf(row.markedItems()));
        badge.setId("overview-recheck-" + row.unit().code());
        badge.getElement().getThemeList().add("badge pill small error");
        badge.getElement().setAttribute("title", getTranslation("overview.recheckHint", row.markedItems()));
        return badge;
    }

    private Component actions(OverviewRow row) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        Button open = new Button(
                VaadinIcon.EYE.create(),
                event -> getUI().ifPresent(ui -> ui.navigate(
                        SelfAssessmentView.class,
                        QueryParameters.simple(Map.of(
                                "period", String.valueOf(period.getValue().id()),
                                "unit", String.valueOf(row.unit().id()))))));
        open.setTooltipText(getTranslation("overview.open"));
        open.setAriaLabel(getTranslation("overview.open"));
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        actions.add(open);
        boolean inSelfAssessment =
                period.getValue() != null && period.getValue().phase() == Phase.SELF_ASSESSMENT;
        if (inSelfAssessment) {
            Button extend = new Button(
                    VaadinIcon.CALENDAR_CLOCK.create(),
                    event -> new ExtendDialog(
                                    periodAdministration, period.getValue().id(), row, this::reload)
                            .open());
            extend.setId("overview-extend-" + row.unit().code());
            extend.setTooltipText(getTranslation("overview.extend"));
            extend.setAriaLabel(getTranslation("overview.extend"));
            extend.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            actions.add(extend);
        }
        if (inSelfAssessment && row.status() == AssessmentStatus.SUBMITTED) {
            Button giveBack = new Button(
                    VaadinIcon.ARROW_BACKWARD.create(),
                    event -> new ReturnDialog(assessments, row, this::reload).open());
            giveBack.setId("overview-return-" + row.unit().code());
            giveBack.setTooltipText(getTranslation("overview.return"));
            giveBack.setAriaLabel(getTranslation("overview.return"));
            giveBack.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            actions.add(giveBack);
        }
        return actions;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("overview.title");
    }
}
