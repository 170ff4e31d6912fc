package vn.parindex.leaders.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.parindex.leaders.LeaderClassifications;
import vn.parindex.leaders.LeaderRule;
import vn.parindex.leaders.LeaderRuleSets;
import vn.parindex.leaders.RuleSet;
import vn.parindex.period.PeriodDirectory;
import vn.parindex.period.PeriodSummary;
import vn.parindex.period.RankingBand;
import vn.parindex.security.CurrentUserService;
import vn.parindex.security.Role;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.ui.Formats;
import vn.parindex.shared.ui.Messages;
import vn.parindex.shared.ui.Notifications;

/**
 * A period's rules for classifying the heads of units, each with its name, plain-language explanation
 * and what it does; the secretariat edits them and saves a new revision (contradictions refused). The
 * leader reads them (no editing), to see why the heads' levels are proposed as they are.
 */
@Route("leaders/rules")
@Menu(title = "menu.leaderRules", order = 37, icon = "vaadin:scale")
@RolesAllowed({Role.Names.SECRETARIAT, Role.Names.LEADER})
public class LeaderRulesView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final transient LeaderRuleSets ruleSets;
    private final transient LeaderClassifications classifications;
    private final transient PeriodDirectory periods;
    private final Select<PeriodSummary> period = new Select<>();
    private final Span revision = new Span();
    private final Grid<LeaderRule> grid = new Grid<>();
    private final Div history = new Div();
    private final List<LeaderRule> working = new ArrayList<>();
    private final boolean editable;
    private int baseRevision;
    private boolean loading;

    public LeaderRulesView(
            LeaderRuleSets ruleSets,
            LeaderClassifications classifications,
            PeriodDirectory periods,
            CurrentUserService currentUser) {
        this.editable = currentUser.require().hasRole(Role.SECRETARIAT);
        this.ruleSets = ruleSets;
        this.classifications = classifications;
        this.periods = periods;
        setId("leader-rules-view");
        addClassName("portal-page");
        period.setId("leader-rules-period");
        period.setLabel(getTranslation("criteria.period"));
        period.setItemLabelGenerator(p -> String.valueOf(p.year()));
        period.addValueChangeListener(event -> {
            if (!loading) {
                load();
            }
        });
        revision.setId("leader-rules-revision");
        grid.setId("leader-rules-grid");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(rule -> getTranslation(rule.kind().labelKey()))
                .setHeader(getTranslation("leaders.rules.kind"))
                .setWidth("11rem")
                .setFlexGrow(0);
        grid.addComponentColumn(this::nameAndExplanation)
                .setHeader(getTranslation("leaders.rules.name"))
                .setFlexGrow(3);
        grid.addColumn(this::describe)
                .setHeader(getTranslation("leaders.rules.condition"))
                .setFlexGrow(2);
        if (editable) {
            grid.addComponentColumn(this::rowButtons)
                    .setKey("actions")
                    .setWidth("10rem")
                    .setFlexGrow(0);
        }
        Button add = new Button(getTranslation("leaders.rules.add"), VaadinIcon.PLUS.create(), event -> edit(-1));
        add.setId("leader-rules-add");
        Button copy = new Button(getTranslation("leaders.rules.copyPrevious"), event -> copyPrevious());
        copy.setId("leader-rules-copy");
        Button save = new Button(getTranslation("leaders.rules.save"), event -> save());
        save.setId("leader-rules-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        history.setId("leader-rules-history");
        HorizontalLayout buttons = new HorizontalLayout(add, copy, save);
        buttons.setVisible(editable);
        add(
                new H2(getTranslation("leaders.rules.title")),
                period,
                revision,
                grid,
                buttons,
                new H3(getTranslation("leaders.rules.history")),
                history);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("leaders.rules.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<PeriodSummary> all = periods.periods();
        loading = true;
        period.setItems(all);
        String wanted = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("year")
                .orElse("");
        Optional<PeriodSummary> chosen = all.stream()
                .filter(p -> String.valueOf(p.year()).equals(wanted))
                .findFirst()
                .or(() -> classifications.periods().stream().findFirst())
                .or(() -> all.stream().findFirst());
        chosen.ifPresent(period::setValue);
        loading = false;
        load();
    }

    private void load() {
        working.clear();
        history.removeAll();
        if (period.getValue() == null) {
            grid.setItems(working);
            return;
        }
        Optional<RuleSet> current = ruleSets.current(period.getValue().id());
        baseRevision = current.map(RuleSet::revision).orElse(0);
        current.ifPresent(set -> working.addAll(set.rules()));
        revision.setText(current.map(set -> getTranslation(
                        "leaders.rules.revision",
                        set.revision(),
                        Formats.dateTime(set.createdAt(), getLocale()),
                        set.createdBy()))
                .orElse(getTranslation("leaders.rules.noRevision")));
        for (RuleSet set : ruleSets.history(period.getValue().id())) {
            history.add(new Div(new Span(getTranslation(
                            "leaders.rules.revision",
                            set.revision(),
                            Formats.dateTime(set.createdAt(), getLocale()),
                            set.createdBy())
                    + " · " + set.rules().size())));
        }
        grid.setItems(working);
    }

    private Component nameAndExplanation(LeaderRule rule) {
        Div cell = new Div();
        Span name = new Span(rule.name());
        name.getStyle().set("font-weight", "600");
        Span explanation = new Span(rule.explanation());
        explanation.addClassName("portal-muted");
        cell.add(new Div(name), new Div(explanation));
        return cell;
    }

    private Component rowButtons(LeaderRule rule) {
        int index = working.indexOf(rule);
        Button edit = new Button(getTranslation("leaders.rules.edit"), event -> edit(index));
        edit.setId("leader-rules-edit-" + index);
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button remove = new Button(VaadinIcon.TRASH.create(), event -> {
            working.remove(index);
            grid.setItems(working);
        });
        remove.setId("leader-rules-remove-" + index);
        remove.setAriaLabel(getTranslation("leaders.rules.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        HorizontalLayout buttons = new HorizontalLayout(edit, remove);
        buttons.setSpacing(false);
        return buttons;
    }

    private void edit(int index) {
        new RuleDialog(bandNames(), index < 0 ? null : working.get(index), rule -> {
                    if (index < 0) {
                        working.add(rule);
                    } else {
                        working.set(index, rule);
                    }
                    grid.setItems(working);
                })
                .open();
    }

    private void copyPrevious() {
        PeriodSummary selected = period.getValue();
        if (selected == null || selected.previousPeriodId() == null) {
            return;
        }
        ruleSets.current(selected.previousPeriodId()).ifPresent(set -> {
            working.clear();
            working.addAll(set.rules());
            grid.setItems(working);
        });
    }

    private void save() {
        if (!editable || period.getValue() == null) {
            return;
        }
        try {
            RuleSet saved = ruleSets.save(period.getValue().id(), List.copyOf(working), baseRevision);
            Notifications.success(getTranslation("leaders.rules.saved", saved.revision()));
            load();
        } catch (BusinessRuleException refusal) {
            Notifications.error(Messages.of(this, refusal));
        }
    }

    /** The period's bands by minimum index (the first block's names for a minimum). */
    private Map<BigDecimal, String> bandNames() {
        Map<BigDecimal, String> names = new LinkedHashMap<>();
        if (period.getValue() != null) {
            for (List<RankingBand> bands : periods.bands(period.getValue().id()).values()) {
                for (RankingBand band : bands) {
                    names.putIfAbsent(band.minIndex().stripTrailingZeros(), band.name(getLocale()));
                }
            }
        }
        return names;
    }

    String describe(LeaderRule rule) {
        Map<BigDecimal, String> bands = bandNames();
        String level = getTranslation(rule.level().labelKey()).toLowerCase(getLocale());
        String band = rule.bandMin() == null
                ? getTranslation("leaders.rules.anyBand")
                : bands.getOrDefault(
                        rule.bandMin().stripTrailingZeros(),
                        "≥ " + Formats.plainNumber(rule.bandMin(), getLocale()) + "%");
        return switch (rule.kind()) {
            case PROPOSE ->
                getTranslation(
                        "leaders.rules.describe.PROPOSE",
                        band,
                        rule.rankCount() == null ? "" : getTranslation("leaders.rules.describe.top", rule.rankCount()),
                        level);
            case DEFAULT -> getTranslation("leaders.rules.describe.DEFAULT", level);
            case CAP_BAND -> getTranslation("leaders.rules.describe.CAP_BAND", band, level);
            case CAP_LAST_RANKS -> getTranslation("leaders.rules.describe.CAP_LAST_RANKS", rule.rankCount(), level);
            case DISCIPLINE -> getTranslation("leaders.rules.describe.DISCIPLINE", level);
            case ABSENCE -> getTranslation("leaders.rules.describe.ABSENCE", rule.minMonths(), rule.maxMonths(), level);
            case SHARE_CAP ->
                getTranslation(
                        "leaders.rules.describe.SHARE_CAP", Formats.plainNumber(rule.percent(), getLocale()), level);
        };
    }
}
