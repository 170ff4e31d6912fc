package vn.parindex.period.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.parindex.organization.BlockSummary;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.organization.UnitSummary;
import vn.parindex.period.DeadlineExtensionSummary;
import vn.parindex.period.PeriodAdministration;
import vn.parindex.period.PeriodDirectory;
import vn.parindex.period.PeriodSummary;
import vn.parindex.period.Phase;
import vn.parindex.period.RankingBand;
import vn.parindex.period.StartingCriteria;
import vn.parindex.security.CurrentUserService;
import vn.parindex.security.Role;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.ui.Formats;
import vn.parindex.shared.ui.Messages;
import vn.parindex.shared.ui.Notifications;

/** The secretariat runs the yearly periods here; council members and leaders may look. */
@Route("periods")
@Menu(title = "menu.periods", order = 10, icon = "vaadin:calendar-clock")
@RolesAllowed({Role.Names.SECRETARIAT, Role.Names.COUNCIL_MEMBER, Role.Names.LEADER})
public class PeriodsView extends SplitLayout implements HasDynamicTitle {

    private final transient PeriodDirectory directory;
    private final transient PeriodAdministration administration;
    private final boolean editable;
    private final Grid<PeriodSummary> grid = new Grid<>();
    private final VerticalLayout details = new VerticalLayout();
    private final List<BlockSummary> blocks;
    private final Map<Long, UnitSummary> units;

    public PeriodsView(
            PeriodDirectory directory,
            PeriodAdministration administration,
            OrganizationDirectory organization,
            CurrentUserService currentUser,
            List<StartingCriteria> startingCriteria) {
        this.directory = directory;
        this.administration = administration;
        this.editable = currentUser.require().hasRole(Role.SECRETARIAT);
        this.blocks = organization.blocks();
        this.units = organization.units().stream().collect(Collectors.toMap(UnitSummary::id, Function.identity()));
        setId("periods-view");
        setSizeFull();
        setSplitterPosition(26);

        grid.setId("periods-grid");
        // Clicking the selected period again keeps it open instead of emptying the details.
        ((com.vaadin.flow.component.grid.GridSingleSelectionModel<PeriodSummary>) grid.getSelectionModel())
                .setDeselectAllowed(false);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(PeriodSummary::year)
                .setHeader(getTranslation("periods.year"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(period -> phaseBadge(period.phase())).setHeader(getTranslation("periods.phase"));
        grid.addSelectionListener(
                event -> event.getFirstSelectedItem().ifPresentOrElse(this::show, details::removeAll));
        grid.setSizeFull();

        VerticalLayout master = new VerticalLayout();
        master.addClassName("portal-page");
        master.setSizeFull();
        if (editable) {
            Button create = new Button(
                    getTranslation("periods.new"),
                    VaadinIcon.PLUS.create(),
                    event -> new NewPeriodDialog(
                                    administration,
                                    latestYear() + 1,
                                    directory.periods().stream()
                                            .map(PeriodSummary::year)
                                            .toList(),
                                    blocks,
                                    startingCriteria,
                                    this::reloadAndSelect)
                            .open());
            create.setId("new-period");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            master.add(create);
        }
        master.add(grid);
        details.addClassName("portal-page");
        details.setId("period-details");
        addToPrimary(master);
        addToSecondary(details);
        reloadAndSelect(null);
    }

    private int latestYear() {
        return directory.periods().stream()
                .mapToInt(PeriodSummary::year)
                .max()
                .orElse(LocalDate.now().getYear() - 1);
    }

    private void reloadAndSelect(Long periodId) {
        List<PeriodSummary> periods = directory.periods();
        grid.setItems(periods);
        periods.stream()
                .filter(period -> periodId == null ? period.phase() != Phase.CLOSED : period.id() == periodId)
                .findFirst()
                .ifPresent(grid::select);
    }

    private void show(PeriodSummary period) {
        details.removeAll();
        H3 title = new H3(period.title(getLocale()));
        title.setId("period-title");
        HorizontalLayout heading = new HorizontalLayout(title, phaseBadge(period.phase()));
        heading.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        details.add(heading, stepper(period));
        if (editable) {
            details.add(phaseActions(period));
        }
        details.add(deadlines(period), bands(period), extensions(period));
    }

    private Component stepper(PeriodSummary period) {
        Div steps = new Div();
        steps.addClassName("portal-stepper");
        steps.setId("phase-stepper");
        for (Phase phase : Phase.values()) {
            Span step = new Span(getTranslation(phase.labelKey()));
            step.addClassName("portal-step");
            if (phase == period.phase()) {
                step.addClassName("current");
            } else if (period.phase().isAfter(phase)) {
                step.addClassName("done");
            }
            steps.add(step);
        }
        return steps;
    }

    private Component phaseActions(PeriodSummary period) {
        HorizontalLayout actions = new HorizontalLayout();
        if (period.phase() != Phase.CLOSED) {
            Button advance = new Button(
                    getTranslation(
                            "periods.advance",
                            getTranslation(period.phase().next().labelKey())),
                    VaadinIcon.ARROW_FORWARD.create(),
                    event -> advance(period));
            advance.setId("advance-phase");
            advance.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(advance);
        }
        // Published results are final: no way back from PUBLISHED or CLOSED.
        if (period.phase() != Phase.PREPARATION && !period.phase().isAtLeast(Phase.PUBLISHED)) {
            Button back = new Button(
                    getTranslation("periods.moveBack"),
                    VaadinIcon.ARROW_BACKWARD.create(),
                    event -> new ReasonDialog(
                                    getTranslation(
                                            "periods.moveBack.title",
                                            getTranslation(
                                                    period.phase().previous().labelKey())),
                                    reason -> {
                                        administration.moveBack(period.id(), period.phase(), reason);
                                        Notifications.success(getTranslation("periods.phaseChanged"));
                                        reloadAndSelect(period.id());
                                    })
                            .open());
            back.setId("move-back-phase");
            back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            actions.add(back);
        }
        return actions;
    }

    private void advance(PeriodSummary period) {
        List<BusinessRuleException> problems =
                administration.problemsBefore(period.id(), period.phase().next());
        if (!problems.isEmpty()) {
            Notifications.error(
                    problems.stream().map(problem -> Messages.of(this, problem)).collect(Collectors.joining("; ")));
            return;
        }
        try {
            administration.advance(period.id(), period.phase());
            Notifications.success(getTranslation("periods.phaseChanged"));
        } catch (BusinessRuleException refusal) {
            Notifications.error(Messages.of(this, refusal));
        }
        reloadAndSelect(period.id());
    }

    private Component deadlines(PeriodSummary period) {
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("700px", 4));
        Map<Phase, DatePicker> pickers = new EnumMap<>(Phase.class);
        boolean canEdit = editable && !period.phase().criteriaFrozen();
        for (Phase phase : Phase.values()) {
            DatePicker picker = new DatePicker(getTranslation(phase.labelKey()));
            picker.setLocale(getLocale());
            picker.setValue(period.deadline(phase));
            picker.setReadOnly(!canEdit);
            picker.setId("deadline-" + phase.name());
            pickers.put(phase, picker);
            form.add(picker);
        }
        VerticalLayout section = section("periods.deadlines", form);
        if (canEdit) {
            Button save = new Button(getTranslation("action.save"), event -> {
                Map<Phase, LocalDate> values = new EnumMap<>(Phase.class);
                pickers.forEach((phase, picker) -> {
                    if (picker.getValue() != null) {
                        values.put(phase, picker.getValue());
                    }
                });
                try {
                    administration.setDeadlines(period.id(), period.version(), values);
                    Notifications.success(getTranslation("periods.deadlinesSaved"));
                    reloadAndSelect(period.id());
                } catch (BusinessRuleException refusal) {
                    Notifications.error(Messages.of(this, refusal));
                }
            });
            save.setId("save-deadlines");
            section.add(save);
        }
        return section;
    }

    private Component bands(PeriodSummary period) {
        Map<Long, List<RankingBand>> bands = directory.bands(period.id());
        Div cards = new Div();
        cards.addClassName("portal-card-grid");
        for (BlockSummary block : blocks.stream()
                .sorted(Comparator.comparingInt(BlockSummary::sortOrder))
                .toList()) {
            Div card = new Div();
            card.addClassName("portal-card");
            Span heading = new Span(block.name(getLocale()));
            heading.addClassName("portal-card-title");
            card.add(heading);
            List<RankingBand> list = bands.getOrDefault(block.id(), List.of());
            for (int i = 0; i < list.size(); i++) {
                RankingBand band = list.get(i);
                String range = i == 0
                        ? "≥ " + Formats.plainNumber(band.minIndex(), getLocale())
                        : Formats.plainNumber(band.minIndex(), getLocale()) + " – "
                                + Formats.plainNumber(list.get(i - 1).minIndex(), getLocale());
                card.add(new Div(new Span(range + ": " + band.name(getLocale()))));
            }
            if (editable && !period.phase().criteriaFrozen()) {
                Button edit = new Button(
                        getTranslation("periods.editBands"),
                        event -> new BandsDialog(
                                        administration, period.id(), block, list, () -> reloadAndSelect(period.id()))
                                .open());
                edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                edit.setId("edit-bands-" + block.code());
                card.add(edit);
            }
            cards.add(card);
        }
        return section("periods.bands", cards);
    }

    private Component extensions(PeriodSummary period) {
        Grid<DeadlineExtensionSummary> table = new Grid<>();
        table.setId("extensions-grid");
        table.addThemeVariants(GridVariant.LUMO_COMPACT);
        table.setAllRowsVisible(true);
        table.addColumn(extension -> units.containsKey(extension.unitId())
                        ? units.get(extension.unitId()).shortName()
                        : String.valueOf(extension.unitId()))
                .setHeader(getTranslation("periods.unit"));
        table.addColumn(extension -> getTranslation(extension.phase().labelKey()))
                .setHeader(getTranslation("periods.phase"));
        table.addColumn(extension -> Formats.date(extension.deadline(), getLocale()))
                .setHeader(getTranslation("periods.newDeadline"));
        table.addColumn(DeadlineExtensionSummary::reason)
                .setHeader(getTranslation("periods.reason"))
                .setFlexGrow(3);
        table.addColumn(DeadlineExtensionSummary::createdBy).setHeader(getTranslation("periods.grantedBy"));
        table.setItems(directory.extensions(period.id()));
        VerticalLayout section = section("periods.extensions", table);
        if (editable && !period.phase().criteriaFrozen()) {
            Button extend = new Button(
                    getTranslation("periods.extend"),
                    VaadinIcon.CLOCK.create(),
                    event -> new ExtensionDialog(
                                    administration,
                                    period,
                                    List.copyOf(units.values()),
                                    () -> reloadAndSelect(period.id()))
                            .open());
            extend.setId("extend-deadline");
            section.add(extend);
        }
        return section;
    }

    private VerticalLayout section(String titleKey, Component content) {
        VerticalLayout section = new VerticalLayout(new H4(getTranslation(titleKey)), content);
        section.setPadding(false);
        section.setSpacing(false);
        return section;
    }

    private Span phaseBadge(Phase phase) {
        Span badge = new Span(getTranslation(phase.labelKey()));
        String theme = switch (phase) {
            case PREPARATION -> "badge contrast";
            case PUBLISHED, CLOSED -> "badge success";
            default -> "badge";
        };
        badge.getElement().getThemeList().add(theme);
        return badge;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("periods.title");
    }
}
