package vn.parindex.leaders.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
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
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.parindex.leaders.BlockClassification;
import vn.parindex.leaders.ClassificationEntry;
import vn.parindex.leaders.ClassificationStatus;
import vn.parindex.leaders.LeaderClassifications;
import vn.parindex.leaders.LeaderExports;
import vn.parindex.leaders.Level;
import vn.parindex.leaders.LevelSummary;
import vn.parindex.leaders.Proposal;
import vn.parindex.organization.BlockSummary;
import vn.parindex.period.PeriodSummary;
import vn.parindex.ranking.RankChange;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.CurrentUserService;
import vn.parindex.security.Role;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.ui.Formats;
import vn.parindex.shared.ui.Messages;
import vn.parindex.shared.ui.Notifications;

/**
 * A block's classification of the heads of its units: results, proposed level and why, final level,
 * justification (outside the rules highlighted), the summary this year and last year, and the steps of
 * its approval (the secretariat prepares, sets and submits; the leader approves or returns).
 */
@Route("leaders")
@Menu(title = "menu.leaders", order = 36, icon = "vaadin:user-star")
@RolesAllowed({Role.Names.SECRETARIAT, Role.Names.LEADER})
public class LeadersView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final transient LeaderClassifications classifications;
    private final transient LeaderExports exports;
    private final boolean secretariat;
    private final boolean leader;
    private final Long ownUnit;
    private final Select<PeriodSummary> period = new Select<>();
    private final Select<BlockSummary> block = new Select<>();
    private final Span status = new Span();
    private final Span returned = new Span();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final VerticalLayout content = new VerticalLayout();
    private boolean loading;
    private String wantedBlock = "";

    public LeadersView(LeaderClassifications classifications, LeaderExports exports, CurrentUserService currentUser) {
        this.classifications = classifications;
        this.exports = exports;
        CurrentUser me = currentUser.require();
        this.secretariat = me.hasRole(Role.SECRETARIAT);
        this.leader = me.hasRole(Role.LEADER);
        this.ownUnit = me.unitId();
        setId("leaders-view");
        addClassName("portal-page");
        period.setId("leaders-period");
        period.setLabel(getTranslation("criteria.period"));
        period.setItemLabelGenerator(p -> String.valueOf(p.year()));
        block.setId("leaders-block");
        block.setLabel(getTranslation("units.block"));
        block.setItemLabelGenerator(b -> b.name(getLocale()));
        block.setWidth("24em");
        status.setId("leaders-status");
        returned.setId("leaders-returned");
        actions.setId("leaders-actions");
        content.setPadding(false);
        content.setId("leaders-content");
        HorizontalLayout pickers = new HorizontalLayout(period, block);
        pickers.setAlignItems(Alignment.BASELINE);
        add(new H2(getTranslation("leaders.title")), pickers, status, returned, actions, content);
        period.addValueChangeListener(event -> {
            if (!loading) {
                loadBlocks();
            }
        });
        block.addValueChangeListener(event -> {
            if (!loading) {
                show();
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("leaders.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<PeriodSummary> periods = classifications.periods();
        loading = true;
        period.setItems(periods);
        loading = false;
        if (periods.isEmpty()) {
            content.removeAll();
            content.add(new Span(getTranslation("leaders.noPeriod")));
            return;
        }
        String wanted = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("year")
                .orElse("");
        wantedBlock = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("block")
                .orElse("");
        PeriodSummary chosen = periods.stream()
                .filter(p -> String.valueOf(p.year()).equals(wanted))
                .findFirst()
                .orElse(periods.get(0));
        loading = true;
        period.setValue(chosen);
        loading = false;
        loadBlocks();
    }

    private void loadBlocks() {
        List<BlockSummary> blocks = period.getValue() == null
                ? List.of()
                : classifications.blocks(period.getValue().id());
        loading = true;
        block.setItems(blocks);
        block.setValue(blocks.stream()
                .filter(b -> String.valueOf(b.id()).equals(wantedBlock))
                .findFirst()
                .orElse(blocks.isEmpty() ? null : blocks.get(0)));
        loading = false;
        show();
    }

    void show() {
        content.removeAll();
        actions.removeAll();
        status.setText("");
        returned.setText("");
        returned.setVisible(false);
        if (period.getValue() == null || block.getValue() == null) {
            return;
        }
        long periodId = period.getValue().id();
        long blockId = block.getValue().id();
        Optional<BlockClassification> found = classifications.classification(periodId, blockId);
        if (found.isEmpty()) {
            Span none = new Span(getTranslation("leaders.notPrepared"));
            none.setId("leaders-none");
            content.add(none);
            if (secretariat) {
                Button prepare = new Button(
                        getTranslation("leaders.prepare"),
                        event -> run(() -> classifications.prepare(periodId, blockId), null));
                prepare.setId("leaders-prepare");
                prepare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                actions.add(prepare);
            }
            return;
        }
        BlockClassification shown = found.get();
        status.setText(getTranslation(
                "leaders.statusLine",
                getTranslation(shown.status().labelKey()),
                shown.ruleSetRevision(),
                getTranslation(shown.published() ? "leaders.fromPublished" : "leaders.fromDraft")));
        status.getElement().getThemeList().clear();
        status.getElement()
                .getThemeList()
                .add(shown.status() == ClassificationStatus.APPROVED ? "badge success" : "badge contrast");
        if (shown.returnComment() != null && shown.status() == ClassificationStatus.RETURNED) {
            returned.setText(getTranslation("leaders.returnedWith", shown.returnComment()));
            returned.getElement().getThemeList().add("badge error");
            returned.setVisible(true);
        }
        addActions(shown);
        content.add(summary(classifications.summary(periodId, blockId)), missingHeads(shown), grid(shown));
    }

    private void addActions(BlockClassification shown) {
        boolean editable = secretariat && shown.status().editable();
        if (editable) {
            Button refresh = new Button(
                    getTranslation("leaders.refresh"),
                    event -> run(() -> classifications.prepare(shown.periodId(), shown.blockId()), null));
            refresh.setId("leaders-refresh");
            Button submit = new Button(
                    getTranslation("leaders.submit"),
                    event -> run(() -> classifications.submit(shown.id(), shown.version()), "leaders.submitted"));
            submit.setId("leaders-submit");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(refresh, submit);
        }
        if (leader && shown.status() == ClassificationStatus.SUBMITTED) {
            Button approve = new Button(
                    getTranslation("leaders.approve"),
                    event -> run(() -> classifications.approve(shown.id(), shown.version()), "leaders.approvedDone"));
            approve.setId("leaders-approve");
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            Button giveBack = new Button(
                    getTranslation("leaders.return"), event -> new ReturnDialog(this, classifications, shown).open());
            giveBack.setId("leaders-return");
            actions.add(approve, giveBack);
        }
        String file = "xep-loai-nguoi-dung-dau-" + shown.year() + "-" + shown.blockId();
        actions.add(
                download(
                        file + ".xlsx",
                        getTranslation("leaders.exportXlsx"),
                        "leaders-xlsx",
                        () -> exports.xlsx(shown.periodId(), shown.blockId())),
                download(
                        file + ".pdf",
                        getTranslation("leaders.exportPdf"),
                        "leaders-pdf",
                        () -> exports.pdf(shown.periodId(), shown.blockId())));
    }

    private Anchor download(String name, String label, String id, java.util.function.Supplier<byte[]> bytes) {
        Anchor anchor = new Anchor(new StreamResource(name, () -> new ByteArrayInputStream(bytes.get())), "");
        anchor.getElement().setAttribute("download", true);
        anchor.add(new Button(label, VaadinIcon.DOWNLOAD.create()));
        anchor.setId(id);
        return anchor;
    }

    private Component summary(LevelSummary summary) {
        Div box = new Div();
        box.setId("leaders-summary");
        box.addClassName("portal-card");
        box.add(new H3(getTranslation("leaders.summary")));
        Grid<Level> table = new Grid<>();
        table.setAllRowsVisible(true);
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        table.addColumn(level -> getTranslation(level.labelKey()))
                .setHeader(getTranslation("leaders.final"))
                .setFlexGrow(3);
        table.addColumn(level -> String.valueOf(summary.thisYear().get(level)))
                .setHeader(getTranslation("leaders.summaryYear", String.valueOf(summary.year())))
                .setTextAlign(ColumnTextAlign.END);
        table.addColumn(level -> summary.lastYear() == null
                        ? "–"
                        : String.valueOf(summary.lastYear().get(level)))
                .setHeader(getTranslation("leaders.summaryYear", String.valueOf(summary.year() - 1)))
                .setTextAlign(ColumnTextAlign.END);
        table.setItems(Level.values());
        table.setWidth("40em");
        box.add(table);
        if (summary.lastYear() == null) {
            Span none = new Span(getTranslation("leaders.summaryNone") + " (" + (summary.year() - 1) + ")");
            none.addClassName("portal-muted");
            box.add(none);
        }
        return box;
    }

    private Grid<ClassificationEntry> grid(BlockClassification shown) {
        Grid<ClassificationEntry> grid = new Grid<>();
        grid.setId("leaders-grid");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(entry -> entry.rank() == null ? "–" : String.valueOf(entry.rank()))
                .setHeader(getTranslation("leaders.rank"))
                .setKey("rank")
                .setWidth("5rem")
                .setFlexGrow(0);
        grid.addComponentColumn(this::unit)
                .setHeader(getTranslation("leaders.unit"))
                .setKey("unit")
                .setFlexGrow(3);
        grid.addComponentColumn(this::head)
                .setHeader(getTranslation("leaders.head"))
                .setKey("head")
                .setFlexGrow(2);
        grid.addColumn(entry -> Formats.score(entry.index(), getLocale()))
                .setHeader(getTranslation("leaders.index"))
                .setTextAlign(ColumnTextAlign.END)
                .setWidth("7rem")
                .setFlexGrow(0);
        grid.addColumn(entry -> changeText(entry.change()))
                .setHeader(getTranslation("leaders.change"))
                .setWidth("6rem")
                .setFlexGrow(0);
        grid.addColumn(entry -> entry.bandName(getLocale()))
                .setHeader(getTranslation("leaders.band"))
                .setWidth("8rem")
                .setFlexGrow(0);
        grid.addComponentColumn(this::proposed)
                .setHeader(getTranslation("leaders.proposed"))
                .setKey("proposed")
                .setFlexGrow(3);
        grid.addComponentColumn(this::finalLevel)
                .setHeader(getTranslation("leaders.final"))
                .setKey("final")
                .setFlexGrow(3);
        if (secretariat && shown.status().editable()) {
            grid.addComponentColumn(this::rowActions)
                    .setKey("actions")
                    .setWidth("11rem")
                    .setFlexGrow(0);
        }
        grid.setItems(shown.entries());
        grid.setPartNameGenerator(entry -> entry.outsideRules() ? "leaders-outside" : null);
        return grid;
    }

    /** The unit's name; a unit that takes no place is flagged with the reason. */
    private Component unit(ClassificationEntry entry) {
        Div cell = new Div(new Span(entry.unitName(getLocale())));
        if (!entry.ranked()) {
            Span notRanked = new Span(getTranslation(
                    "leaders.notRankedMark",
                    getTranslation(entry.unrankedReason().labelKey())));
            notRanked.getElement().getThemeList().add("badge contrast small");
            notRanked.setId("leaders-not-ranked-" + entry.unitId());
            if (entry.unrankedNote() != null) {
                notRanked.setTitle(entry.unrankedNote());
            }
            cell.add(new Div(notRanked));
        }
        return cell;
    }

    /** Names the units without a head in office in the year: submitting is refused until one is recorded. */
    private Component missingHeads(BlockClassification shown) {
        List<String> units = shown.entries().stream()
                .filter(ClassificationEntry::headMissing)
                .map(entry -> entry.unitName(getLocale()))
                .toList();
        Span warning = new Span(
                getTranslation("leaders.headsMissing", String.join(", ", units), String.valueOf(shown.year())));
        warning.setId("leaders-heads-missing");
        warning.getElement().getThemeList().add("badge error");
        warning.getStyle().set("white-space", "normal");
        warning.setVisible(!units.isEmpty());
        return warning;
    }

    private Component head(ClassificationEntry entry) {
        Div cell = new Div();
        if (entry.headMissing()) {
            Span missing = new Span(getTranslation("leaders.headMissingMark"));
            missing.getElement().getThemeList().add("badge error small");
            cell.add(missing);
            return cell;
        }
        cell.add(new Span(entry.headName()));
        if (entry.acting()) {
            Span acting = new Span(getTranslation("leaders.acting"));
            acting.getElement().getThemeList().add("badge contrast small");
            acting.getStyle().set("margin-left", "0.4em");
            cell.add(acting);
        }
        return cell;
    }

    private Component proposed(ClassificationEntry entry) {
        Div cell = new Div();
        cell.add(new Div(new Span(
                entry.proposedLevel() == null
                        ? ""
                        : getTranslation(entry.proposedLevel().labelKey()))));
        String why = entry.reasons().stream().map(Proposal.Reason::ruleName).collect(Collectors.joining(" → "));
        if (!entry.ranked()) {
            why = getTranslation("leaders.notRankedWhy") + " → " + why;
        }
        Span reasons = new Span(getTranslation("leaders.why") + ": " + why);
        reasons.addClassName("portal-muted");
        reasons.getStyle().set("font-size", "var(--lumo-font-size-s)");
        cell.add(new Div(reasons));
        return cell;
    }

    private Component finalLevel(ClassificationEntry entry) {
        Div cell = new Div();
        cell.setId("leaders-final-" + entry.unitId());
        cell.add(new Div(new Span(
                entry.finalLevel() == null
                        ? ""
                        : getTranslation(entry.finalLevel().labelKey()))));
        if (entry.outsideRules()) {
            Span outside = new Span(getTranslation("leaders.outsideRules"));
            outside.getElement().getThemeList().add("badge error small");
            cell.add(new Div(outside));
        }
        if (entry.justification() != null) {
            Span reason = new Span(entry.justification());
            reason.getStyle().set("font-size", "var(--lumo-font-size-s)");
            cell.add(new Div(reason));
        }
        if (entry.disciplined() || entry.absenceMonths() > 0) {
            Span flags = new Span((entry.disciplined()
                            ? getTranslation("leaders.disciplined") + " (" + entry.disciplineRef() + ") "
                            : "")
                    + (entry.absenceMonths() > 0
                            ? getTranslation("leaders.absence") + ": " + entry.absenceMonths()
                            : ""));
            flags.getElement().getThemeList().add("badge contrast small");
            cell.add(new Div(flags));
        }
        return cell;
    }

    private Component rowActions(ClassificationEntry entry) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setSpacing(false);
        if (ownUnit != null && ownUnit == entry.unitId()) {
            return buttons;
        }
        Button level = new Button(
                getTranslation("leaders.setLevel"), event -> new LevelDialog(this, classifications, entry).open());
        level.setId("leaders-set-" + entry.unitId());
        level.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button flags =
                new Button(VaadinIcon.FLAG.create(), event -> new FlagsDialog(this, classifications, entry).open());
        flags.setId("leaders-flags-" + entry.unitId());
        flags.setTooltipText(getTranslation("leaders.flags"));
        flags.setAriaLabel(getTranslation("leaders.flags"));
        flags.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        buttons.add(level, flags);
        return buttons;
    }

    String changeText(RankChange change) {
        if (change == null) {
            return "";
        }
        return switch (change.direction()) {
            case UP -> "▲" + change.places();
            case DOWN -> "▼" + change.places();
            case SAME -> "=";
            case NEW -> getTranslation("ranking.change.new");
        };
    }

    /** Runs one service call, shows the refusal or the success message, and reloads. */
    boolean run(Runnable call, String successKey) {
        try {
            call.run();
        } catch (BusinessRuleException refusal) {
            Notifications.error(Messages.of(this, refusal));
            return false;
        }
        if (successKey != null) {
            Notifications.success(getTranslation(successKey));
        }
        show();
        return true;
    }
}
