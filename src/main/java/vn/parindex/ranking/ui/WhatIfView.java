package vn.parindex.ranking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.parindex.assessment.ScoreInput;
import vn.parindex.organization.BlockSummary;
import vn.parindex.period.PeriodSummary;
import vn.parindex.ranking.BlockResults;
import vn.parindex.ranking.UnitResultRow;
import vn.parindex.ranking.WhatIf;
import vn.parindex.ranking.WhatIfChange;
import vn.parindex.ranking.WhatIfMove;
import vn.parindex.ranking.WhatIfOptions;
import vn.parindex.ranking.WhatIfResult;
import vn.parindex.security.Role;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.ui.Formats;
import vn.parindex.shared.ui.Messages;

/**
 * The what-if: pick a period and an unpublished block, list changes (a unit's item score, survey
 * points, or a pending explanation accepted or rejected), and see the block's ranking as it would
 * become next to the current one, moved places highlighted. Nothing is saved.
 */
@Route("ranking/what-if")
@Menu(title = "menu.whatIf", order = 35, icon = "vaadin:scale-unbalance")
@RolesAllowed({Role.Names.SECRETARIAT, Role.Names.COUNCIL_MEMBER})
public class WhatIfView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final transient WhatIf whatIf;
    private final Select<PeriodSummary> period = new Select<>();
    private final Select<BlockSummary> block = new Select<>();
    private final Select<WhatIfOptions.UnitOption> unit = new Select<>();
    private final ComboBox<WhatIfOptions.ItemOption> item = new ComboBox<>();
    private final Select<WhatIfChange.Kind> kind = new Select<>();
    private final TextField value = new TextField();
    private final Button add = new Button();
    private final Grid<Entry> changes = new Grid<>();
    private final Grid<WhatIfOptions.PendingExplanation> pending = new Grid<>();
    private final Button simulate = new Button();
    private final Div problem = new Div();
    private final Grid<UnitResultRow> current = new Grid<>();
    private final Grid<UnitResultRow> simulated = new Grid<>();
    private final Paragraph moves = new Paragraph();
    private final List<Entry> entries = new ArrayList<>();
    private transient WhatIfOptions options;
    private transient Set<Long> moved = Set.of();

    /** A change as listed: what the service gets, and how the list shows it. */
    private record Entry(WhatIfChange change, String unitCode, String itemCode) {}

    public WhatIfView(WhatIf whatIf) {
        this.whatIf = whatIf;
        setId("what-if-view");
        addClassName("portal-page");

        period.setId("wi-period");
        period.setLabel(getTranslation("criteria.period"));
        period.setItemLabelGenerator(
                p -> p.year() + " · " + getTranslation(p.phase().labelKey()));
        period.setItems(whatIf.periods());
        period.addValueChangeListener(event -> loadBlocks());
        period.setWidth("16em");
        block.setId("wi-block");
        block.setLabel(getTranslation("units.block"));
        block.setItemLabelGenerator(b -> b.name(getLocale()));
        block.addValueChangeListener(event -> loadOptions());
        block.setWidth("28em");

        unit.setId("wi-unit");
        unit.setLabel(getTranslation("whatIf.unit"));
        unit.setItemLabelGenerator(u -> u.code() + " – " + u.name(getLocale()));
        item.setId("wi-item");
        item.setLabel(getTranslation("whatIf.item"));
        item.setItemLabelGenerator(i -> i.code() + " " + i.name(getLocale()));
        item.setWidth("22em");
        item.addValueChangeListener(event -> {
            WhatIfOptions.ItemOption chosen = event.getValue();
            if (chosen != null) {
                kind.setValue(chosen.survey() ? WhatIfChange.Kind.SURVEY : WhatIfChange.Kind.SCORE);
                value.setHelperText(getTranslation("whatIf.maximum", Formats.score(chosen.maximum(), getLocale())));
            }
        });
        kind.setId("wi-kind");
        kind.setLabel(getTranslation("whatIf.kind"));
        kind.setItems(WhatIfChange.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setValue(WhatIfChange.Kind.SCORE);
        value.setId("wi-value");
        value.setLabel(getTranslation("whatIf.value"));
        value.setWidth("8em");
        add.setId("wi-add");
        add.setText(getTranslation("whatIf.add"));
        add.addClickListener(event -> addChange());

        changes.setId("wi-changes");
        changes.addThemeVariants(GridVariant.LUMO_COMPACT);
        changes.setAllRowsVisible(true);
        changes.addColumn(Entry::unitCode).setHeader(getTranslation("whatIf.unit"));
        changes.addColumn(Entry::itemCode).setHeader(getTranslation("whatIf.item"));
        changes.addColumn(e -> getTranslation(e.change().kind().labelKey())).setHeader(getTranslation("whatIf.kind"));
        changes.addColumn(e -> Formats.score(e.change().value(), getLocale()))
                .setHeader(getTranslation("whatIf.value"));
        changes.addComponentColumn(e -> {
            Button remove = new Button(getTranslation("whatIf.remove"), click -> {
                entries.remove(e);
                changes.setItems(entries);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            return remove;
        });

        pending.setId("wi-pending");
        pending.addThemeVariants(GridVariant.LUMO_COMPACT);
        pending.setAllRowsVisible(true);
        pending.addColumn(WhatIfOptions.PendingExplanation::unitCode).setHeader(getTranslation("whatIf.unit"));
        pending.addColumn(WhatIfOptions.PendingExplanation::code).setHeader(getTranslation("whatIf.item"));
        pending.addColumn(p -> Formats.score(p.self(), getLocale()))
                .setHeader(getTranslation("unitDetail.column.self"));
        pending.addColumn(p -> Formats.score(p.appraised(), getLocale())).setHeader(getTranslation("whatIf.appraised"));
        pending.addColumn(WhatIfOptions.PendingExplanation::answer)
                .setHeader(getTranslation("whatIf.answer"))
                .setFlexGrow(3);
        pending.addComponentColumn(p -> new HorizontalLayout(
                        explanationButton(p, WhatIfChange.Kind.ACCEPT_EXPLANATION),
                        explanationButton(p, WhatIfChange.Kind.REJECT_EXPLANATION)))
                .setAutoWidth(true)
                .setFlexGrow(0);

        simulate.setId("wi-simulate");
        simulate.setText(getTranslation("whatIf.simulate"));
        simulate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        simulate.addClickListener(event -> simulate());
        problem.setId("wi-problem");
        problem.addClassName("ud-problem");
        moves.setId("wi-moves");

        configure(current, "wi-current");
        configure(simulated, "wi-simulated");
        VerticalLayout left = new VerticalLayout(new H3(getTranslation("whatIf.current")), current);
        VerticalLayout right = new VerticalLayout(new H3(getTranslation("whatIf.simulated")), simulated);
        left.setPadding(false);
        right.setPadding(false);
        HorizontalLayout sideBySide = new HorizontalLayout(left, right);
        sideBySide.setWidthFull();

        HorizontalLayout pick = new HorizontalLayout(period, block);
        HorizontalLayout editor = new HorizontalLayout(unit, item, kind, value, add);
        editor.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        VerticalLayout work = new VerticalLayout(
                editor,
                changes,
                new H3(getTranslation("whatIf.pending")),
                pending,
                simulate,
                problem,
                moves,
                sideBySide);
        work.setPadding(false);
        add(new H2(getTranslation("whatIf.title")), new Paragraph(getTranslation("whatIf.intro")), pick, work);
        if (period.getListDataView().getItemCount() == 0) {
            Paragraph none = new Paragraph(getTranslation("whatIf.noPeriod"));
            none.setId("wi-no-period");
            add(none);
            pick.setVisible(false);
            work.setVisible(false);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("whatIf.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        Optional<Long> periodId = number(query, "period");
        Optional<Long> blockId = number(query, "block");
        List<PeriodSummary> periods = whatIf.periods();
        Optional<PeriodSummary> chosen = periodId.flatMap(
                id -> periods.stream().filter(p -> p.id() == id).findFirst());
        chosen.or(() -> periods.stream().findFirst()).ifPresent(period::setValue);
        blockId.flatMap(id -> block.getListDataView()
                        .getItems()
                        .filter(b -> b.id() == id)
                        .findFirst())
                .ifPresent(block::setValue);
    }

    private void loadBlocks() {
        PeriodSummary chosen = period.getValue();
        List<BlockSummary> blocks = chosen == null ? List.of() : whatIf.blocks(chosen.id());
        block.setItems(blocks);
        blocks.stream().findFirst().ifPresent(block::setValue);
    }

    private void loadOptions() {
        entries.clear();
        changes.setItems(entries);
        current.setItems(List.of());
        simulated.setItems(List.of());
        moves.setText("");
        problem.setText("");
        if (period.getValue() == null || block.getValue() == null) {
            return;
        }
        try {
            options = whatIf.options(period.getValue().id(), block.getValue().id());
            unit.setItems(options.units());
            item.setItems(options.items());
            pending.setItems(options.pending());
            simulate();
        } catch (BusinessRuleException refusal) {
            problem.setText(Messages.of(this, refusal));
        }
    }

    private Button explanationButton(WhatIfOptions.PendingExplanation explanation, WhatIfChange.Kind decision) {
        Button button = new Button(getTranslation(decision.labelKey()), click -> {
            entries.add(new Entry(
                    new WhatIfChange(decision, explanation.unitId(), explanation.nodeId(), null),
                    explanation.unitCode(),
                    explanation.code()));
            changes.setItems(entries);
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void addChange() {
        problem.setText("");
        if (unit.getValue() == null || item.getValue() == null || kind.getValue() == null) {
            problem.setText(getTranslation("whatIf.pick"));
            return;
        }
        try {
            BigDecimal typed = ScoreInput.parse(value.getValue());
            entries.add(new Entry(
                    new WhatIfChange(
                            kind.getValue(),
                            unit.getValue().unitId(),
                            item.getValue().nodeId(),
                            typed),
                    unit.getValue().code(),
                    item.getValue().code()));
            changes.setItems(entries);
            value.clear();
        } catch (BusinessRuleException refusal) {
            problem.setText(Messages.of(this, refusal));
        }
    }

    private void simulate() {
        problem.setText("");
        if (period.getValue() == null || block.getValue() == null) {
            return;
        }
        try {
            WhatIfResult result = whatIf.simulate(
                    period.getValue().id(),
                    block.getValue().id(),
                    entries.stream().map(Entry::change).toList());
            moved = result.moves().stream().map(WhatIfMove::unitId).collect(Collectors.toSet());
            show(current, result.current());
            show(simulated, result.simulated());
            moves.setText(
                    result.moves().isEmpty()
                            ? getTranslation("whatIf.noMove")
                            : getTranslation(
                                    "whatIf.moves",
                                    result.moves().stream()
                                            .map(move -> getTranslation(
                                                    "whatIf.move",
                                                    move.unitCode(),
                                                    String.valueOf(move.rank()),
                                                    String.valueOf(move.simulatedRank()),
                                                    Formats.score(move.index(), getLocale()),
                                                    Formats.score(move.simulatedIndex(), getLocale())))
                                            .collect(Collectors.joining(", "))));
        } catch (BusinessRuleException refusal) {
            problem.setText(Messages.of(this, refusal));
        }
    }

    private void show(Grid<UnitResultRow> grid, BlockResults results) {
        grid.setItems(results.ranked());
    }

    private void configure(Grid<UnitResultRow> grid, String id) {
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(UnitResultRow::rank)
                .setHeader(getTranslation("unitDetail.rank"))
                .setWidth("5rem")
                .setFlexGrow(0);
        grid.addColumn(row -> row.unitName(getLocale()))
                .setHeader(getTranslation("whatIf.unit"))
                .setFlexGrow(3);
        grid.addColumn(row -> Formats.score(row.total(), getLocale())).setHeader(getTranslation("unitDetail.points"));
        grid.addColumn(row -> Formats.score(row.index(), getLocale())).setHeader(getTranslation("unitDetail.index"));
        grid.setPartNameGenerator(row -> moved.contains(row.unitId()) ? "wi-moved" : null);
    }

    private static Optional<Long> number(QueryParameters query, String name) {
        return query.getSingleParameter(name).flatMap(text -> {
            try {
                return Optional.of(Long.parseLong(text));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }
}
