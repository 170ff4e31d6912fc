package vn.parindex.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.parindex.assessment.AssessmentStatus;
import vn.parindex.assessment.EvidenceLibrary;
import vn.parindex.assessment.ItemChange;
import vn.parindex.assessment.ItemState;
import vn.parindex.assessment.Progress;
import vn.parindex.assessment.SelfAssessments;
import vn.parindex.assessment.Sheet;
import vn.parindex.assessment.SubmissionBlocker;
import vn.parindex.criteria.CriteriaNodeView;
import vn.parindex.criteria.ScoreRule;
import vn.parindex.criteria.ScoringMethod;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.organization.UnitSummary;
import vn.parindex.period.PeriodSummary;
import vn.parindex.period.Phase;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.CurrentUserService;
import vn.parindex.security.Role;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.ui.Formats;
import vn.parindex.shared.ui.Messages;
import vn.parindex.shared.ui.Notifications;

/**
 * The self-assessment sheet: the unit's criteria tree with its scores, notes and evidence, progress
 * and deadline at the top, one Save for everything typed, and submission. Edits stay in the page
 * until saved; leaving with unsaved edits asks first.
 */
@Route("self-assessment")
@Menu(title = "menu.selfAssessment", order = 5, icon = "vaadin:edit")
@RolesAllowed({Role.Names.FOCAL_POINT, Role.Names.SECRETARIAT})
public class SelfAssessmentView extends VerticalLayout
        implements HasDynamicTitle, BeforeEnterObserver, BeforeLeaveObserver {

    private final transient SelfAssessments assessments;
    private final transient OrganizationDirectory organization;
    private final CurrentUser user;
    /** The only unit the user may open, or null when they choose any unit. */
    private final Long sheetScope;

    private final Select<PeriodSummary> period = new Select<>();
    private final ComboBox<UnitSummary> unit = new ComboBox<>();
    private final Select<SheetDraft.Filter> filter = new Select<>();
    private final H2 title = new H2();
    private final Div status = new Div();
    private final Span progressText = new Span();
    private final ProgressBar progressBar = new ProgressBar();
    private final Span evidenceText = new Span();
    private final Span totalText = new Span();
    private final Span deadlineText = new Span();
    private final Span recheckText = new Span();
    private final Button save = new Button();
    private final Button discard = new Button();
    private final Button submit = new Button();
    private final TreeGrid<CriteriaNodeView> treeGrid = new TreeGrid<>();
    private final ItemEditor editor;
    private final EvidencePanel evidencePanel;
    private final Tab libraryTab;
    private final TabSheet tabs = new TabSheet();

    /** The sheet last read with the user's unsaved edits. */
    private final SheetDraft draft = new SheetDraft();

    private Map<Long, CriteriaNodeView> nodesById = Map.of();
    private boolean loading;

    public SelfAssessmentView(
            SelfAssessments assessments,
            EvidenceLibrary library,
            OrganizationDirectory organization,
            CurrentUserService currentUser) {
        this.assessments = assessments;
        this.organization = organization;
        this.user = currentUser.require();
        this.editor = new ItemEditor(
                library, this::draftChanged, this::reloadKeepingDrafts, this::selectNext, new ItemActions());
        this.evidencePanel = new EvidencePanel(library, this::reloadKeepingDrafts);
        setId("self-assessment-view");
        addClassName("portal-page");
        addClassName("sa-page");
        setSizeFull();

        title.setId("sa-title");
        period.setId("sa-period");
        period.setLabel(getTranslation("criteria.period"));
        period.setItemLabelGenerator(
                item -> item.year() + " · " + getTranslation(item.phase().labelKey()));
        unit.setId("sa-unit");
        unit.setLabel(getTranslation("sa.unit"));
        unit.setItemLabelGenerator(item -> item.shortName() + " – " + item.name(getLocale()));
        unit.setWidth("22em");
        this.sheetScope = assessments.sheetScope();
        unit.setVisible(sheetScope == null);
        filter.setId("sa-filter");
        filter.setLabel(getTranslation("sa.filter"));
        filter.setItems(SheetDraft.Filter.values());
        filter.setItemLabelGenerator(item -> getTranslation("sa.filter." + item.name()));
        filter.setValue(SheetDraft.Filter.ALL);
        filter.addValueChangeListener(event -> showTree());

        save.setId("sa-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setIcon(VaadinIcon.CHECK.create());
        save.addClickListener(event -> saveDrafts());
        discard.setId("sa-discard");
        discard.setText(getTranslation("sa.discard"));
        discard.addClickListener(event -> confirmDiscard());
        submit.setId("sa-submit");
        submit.setText(getTranslation("sa.submit"));
        submit.setIcon(VaadinIcon.PAPERPLANE.create());
        submit.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        submit.addClickListener(event -> startSubmission());

        HorizontalLayout selectors = new HorizontalLayout(period, unit, filter);
        selectors.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        HorizontalLayout actions = new HorizontalLayout(discard, save, submit);
        actions.addClassName("sa-actions");
        HorizontalLayout toolbar = new HorizontalLayout(selectors, actions);
        toolbar.addClassName("portal-toolbar");
        toolbar.setWidthFull();
        toolbar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);

        // Title and status share a line, so the tree keeps most of a 768-pixel-high screen.
        HorizontalLayout heading = new HorizontalLayout(title, status);
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        heading.addClassName("sa-heading");
        add(heading, toolbar, summaryBar());
        configureTree();
        SplitLayout split = new SplitLayout(treeGrid, editor);
        split.setSplitterPosition(62);
        split.setSizeFull();
        tabs.setSizeFull();
        tabs.setId("sa-tabs");
        tabs.add(getTranslation("sa.tab.sheet"), split);
        libraryTab = tabs.add(getTranslation("sa.tab.library"), evidencePanel);
        add(tabs);
        setFlexGrow(1, tabs);

        // Closing or reloading the tab with unsaved edits makes the browser ask first.
        addAttachListener(event -> getElement().executeJs("""
                        if (!window.parindexUnloadGuard) {
                          window.parindexUnloadGuard = true;
                          window.addEventListener('beforeunload', e => {
                            if (window.parindexUnsaved > 0) { e.preventDefault(); e.returnValue = ''; }
                          });
                        }"""));
        addDetachListener(event -> event.getUI().getPage().executeJs("window.parindexUnsaved = 0;"));

        period.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                guardThen(this::load, () -> period.setValue(event.getOldValue()));
            }
        });
        unit.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                guardThen(this::load, () -> unit.setValue(event.getOldValue()));
            }
        });
    }

    private Component summaryBar() {
        progressText.setId("sa-progress");
        progressBar.setWidth("8em");
        evidenceText.setId("sa-evidence-missing");
        totalText.setId("sa-total");
        deadlineText.setId("sa-deadline");
        recheckText.setId("sa-recheck-count");
        recheckText.addClassName("sa-warning");
        Component recheck = labelled(VaadinIcon.REFRESH, recheckText);
        recheck.setVisible(false);
        HorizontalLayout bar = new HorizontalLayout(
                labelled(VaadinIcon.TASKS, progressText),
                progressBar,
                labelled(VaadinIcon.PAPERCLIP, evidenceText),
                labelled(VaadinIcon.CALC, totalText),
                labelled(VaadinIcon.CLOCK, deadlineText),
                recheck);
        bar.addClassName("sa-summary");
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        bar.setWidthFull();
        return bar;
    }

    private static Component labelled(VaadinIcon icon, Span text) {
        Span wrapper = new Span(icon.create(), text);
        wrapper.addClassName("sa-summary-item");
        return wrapper;
    }

    private void configureTree() {
        treeGrid.setId("sa-tree");
        treeGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        treeGrid.addHierarchyColumn(CriteriaNodeView::code)
                .setHeader(getTranslation("criteria.code"))
                .setWidth("11.5em")
                .setFlexGrow(0);
        treeGrid.addColumn(node -> node.name(getLocale())
                        + (draft.applies(node) ? "" : " · " + getTranslation("sa.notApplicable"))
                        + (draft.marked(node) ? " · " + getTranslation("sa.recheck") : ""))
                .setHeader(getTranslation("criteria.name"))
                .setTooltipGenerator(node -> node.name(getLocale()))
                .setFlexGrow(4);
        treeGrid.addColumn(this::maximumText)
                .setHeader(getTranslation("criteria.max"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        treeGrid.addColumn(this::scoreText)
                .setHeader(getTranslation("sa.score"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("score");
        treeGrid.addComponentColumn(this::evidenceCell)
                .setHeader(getTranslation("sa.evidenceColumn"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        treeGrid.setPartNameGenerator(this::rowParts);
        treeGrid.addSelectionListener(
                event -> showSelected(event.getFirstSelectedItem().orElse(null)));
        treeGrid.setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        List<PeriodSummary> periods = assessments.periods();
        period.setItems(periods);
        Optional<Long> periodId = longParameter(query, "period");
        period.setValue(periodId.flatMap(
                        id -> periods.stream().filter(p -> p.id() == id).findFirst())
                .or(() -> periods.stream()
                        .filter(p -> p.phase() == Phase.SELF_ASSESSMENT)
                        .findFirst())
                .or(() -> periods.stream().findFirst())
                .orElse(null));
        List<UnitSummary> units =
                organization.units().stream().filter(UnitSummary::active).toList();
        unit.setItems(units);
        // A focal point always works on their own unit, whatever the address says.
        Optional<Long> unitId = sheetScope != null
                ? Optional.of(sheetScope)
                : longParameter(query, "unit").or(() -> Optional.ofNullable(user.unitId()));
        unit.setValue(unitId.flatMap(
                        id -> units.stream().filter(u -> u.id() == id).findFirst())
                .orElse(null));
        load();
    }

    private static Optional<Long> longParameter(QueryParameters query, String name) {
        try {
            return query.getSingleParameter(name).map(Long::parseLong);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (draft.isEmpty()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        ConfirmDialog dialog = unsavedDialog();
        dialog.addConfirmListener(confirmed -> {
            draft.discardAll();
            markDirty();
            action.proceed();
        });
        dialog.open();
    }

    private ConfirmDialog unsavedDialog() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("sa-unsaved-dialog");
        dialog.setHeader(getTranslation("sa.unsaved.title"));
        dialog.setText(getTranslation("sa.unsaved.text", draft.size()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("sa.unsaved.stay"));
        dialog.setConfirmText(getTranslation("sa.unsaved.leave"));
        dialog.setConfirmButtonTheme("error primary");
        return dialog;
    }

    /** Runs an action that would drop unsaved edits only once the user agreed; otherwise undoes the trigger. */
    private void guardThen(Runnable action, Runnable undo) {
        if (draft.isEmpty()) {
            action.run();
            return;
        }
        ConfirmDialog dialog = unsavedDialog();
        dialog.addConfirmListener(confirmed -> {
            draft.discardAll();
            markDirty();
            action.run();
        });
        dialog.addCancelListener(cancelled -> undo.run());
        dialog.open();
    }

    private void load() {
        draft.discardAll();
        markDirty();
        reloadKeepingDrafts();
    }

    /** Reads the sheet again; edits not yet saved stay in the page. */
    private void reloadKeepingDrafts() {
        draft.show(null);
        if (period.getValue() == null || unit.getValue() == null) {
            showEmpty(getTranslation(period.getValue() == null ? "sa.noPeriod" : "sa.chooseUnit"));
            return;
        }
        Sheet sheet;
        try {
            sheet = assessments.sheet(period.getValue().id(), unit.getValue().id());
        } catch (BusinessRuleException refusal) {
            showEmpty(Messages.of(this, refusal));
            return;
        }
        draft.show(sheet);
        CriteriaNodeView selected =
                treeGrid.getSelectedItems().stream().findFirst().orElse(null);
        Map<Long, CriteriaNodeView> byId = new HashMap<>();
        sheet.tree().allNodes().forEach(node -> byId.put(node.id(), node));
        nodesById = byId;
        showTree(selected == null ? null : selected.id(), true);
        title.setText(getTranslation(
                "sa.heading",
                sheet.unit().name(getLocale()),
                String.valueOf(sheet.period().year())));
        evidencePanel.show(sheet);
        libraryTab.setLabel(
                getTranslation("sa.tab.libraryCount", sheet.library().size()));
        showStatus();
        refreshSummary();
        save.setEnabled(sheet.editable() && !draft.isEmpty());
        discard.setEnabled(!draft.isEmpty());
        save.setVisible(sheet.editable());
        discard.setVisible(sheet.editable());
        submit.setVisible(sheet.editable());
    }

    private void showEmpty(String message) {
        title.setText(getTranslation("sa.title"));
        status.removeAll();
        status.add(new Span(message));
        status.setClassName("sa-status");
        treeGrid.setDataProvider(new TreeDataProvider<>(new TreeData<>()));
        editor.showNothing();
        evidencePanel.clear();
        save.setEnabled(false);
        discard.setEnabled(false);
        submit.setVisible(false);
        progressText.setText("");
        evidenceText.setText("");
        totalText.setText("");
        deadlineText.setText("");
        recheckText.setText("");
        recheckText.getParent().ifPresent(parent -> parent.setVisible(false));
        progressBar.setValue(0);
    }

    private void showStatus() {
        Sheet sheet = draft.sheet();
        status.removeAll();
        status.setClassName("sa-status");
        Span badge = new Span(getTranslation(sheet.status().labelKey()));
        badge.setId("sa-status-badge");
        badge.getElement().getThemeList().add("badge pill");
        if (sheet.status() == AssessmentStatus.SUBMITTED) {
            badge.getElement().getThemeList().add("success");
        }
        status.add(badge);
        if (sheet.submittedAt() != null && sheet.status() == AssessmentStatus.SUBMITTED) {
            status.add(new Span(getTranslation(
                    "sa.submittedBy", sheet.submittedBy(), Formats.dateTime(sheet.submittedAt(), getLocale()))));
        }
        if (sheet.returnedReason() != null && sheet.status() != AssessmentStatus.SUBMITTED) {
            Span returned = new Span(getTranslation("sa.returned", sheet.returnedReason()));
            returned.setId("sa-returned");
            returned.addClassName("sa-warning");
            status.add(returned);
        }
        if (!sheet.editable()) {
            Span locked = new Span(getTranslation(sheet.lockReason()));
            locked.addComponentAsFirst(VaadinIcon.LOCK.create());
            locked.setId("sa-locked");
            locked.addClassName("sa-locked");
            status.add(locked);
        }
    }

    private void refreshSummary() {
        Sheet sheet = draft.sheet();
        if (sheet == null) {
            return;
        }
        Map<Long, ItemState> values = draft.currentValues();
        Progress progress = draft.progress();
        progressText.setText(getTranslation("sa.progress", progress.scored(), progress.applicable()));
        progressBar.setValue(progress.applicable() == 0 ? 0 : (double) progress.scored() / progress.applicable());
        evidenceText.setText(getTranslation("sa.evidenceMissing", progress.evidenceMissing()));
        evidenceText.getElement().getClassList().set("sa-warning", progress.evidenceMissing() > 0);
        totalText.setText(getTranslation(
                "sa.total",
                Formats.score(sheet.grandTotal(values), getLocale()),
                Formats.score(sheet.maximum(), getLocale())));
        Long days = sheet.daysLeft();
        if (days == null) {
            deadlineText.setText(getTranslation("sa.noDeadline"));
        } else {
            String date = Formats.date(sheet.deadline(), getLocale());
            deadlineText.setText(
                    days >= 0 ? getTranslation("sa.deadline", date, days) : getTranslation("sa.deadlinePassed", date));
            deadlineText.getElement().getClassList().set("sa-warning", days < 3);
        }
        save.setText(draft.isEmpty() ? getTranslation("action.save") : getTranslation("sa.saveCount", draft.size()));
        long marked = draft.markedCount();
        recheckText.setText(marked == 0 ? "" : getTranslation("sa.recheckCount", marked));
        recheckText.getParent().ifPresent(parent -> parent.setVisible(marked > 0));
    }

    private String maximumText(CriteriaNodeView node) {
        Sheet sheet = draft.sheet();
        ScoreRule rule = sheet.rule(node.id());
        if (rule != null && rule.method() == ScoringMethod.ADJUSTMENT) {
            return Formats.score(rule.lowest(), getLocale()) + " … " + Formats.score(rule.highest(), getLocale());
        }
        return Formats.score(sheet.tree().applicableTotal(node, sheet.unit().id()), getLocale());
    }

    private String scoreText(CriteriaNodeView node) {
        Sheet sheet = draft.sheet();
        ScoreRule rule = sheet.rule(node.id());
        if (rule == null) {
            return Formats.score(sheet.total(node, draft.currentValues()), getLocale());
        }
        if (!rule.applicable()) {
            // A score entered before the item stopped applying is shown, and not counted.
            ItemState stored = sheet.item(node.id());
            return stored.scored() ? getTranslation("sa.ignoredScore", Formats.score(stored.score(), getLocale())) : "";
        }
        if (rule.method() == ScoringMethod.SURVEY) {
            return getTranslation("sa.survey");
        }
        SheetDraft.Draft edit = draft.draft(node.id());
        if (edit != null) {
            if (!edit.valid()) {
                return "⚠ " + edit.scoreText();
            }
            return edit.score() == null ? "—" : Formats.score(edit.score(), getLocale());
        }
        ItemState item = sheet.item(node.id());
        return item.scored() ? Formats.score(item.score(), getLocale()) : "—";
    }

    private Component evidenceCell(CriteriaNodeView node) {
        Sheet sheet = draft.sheet();
        ScoreRule rule = sheet == null ? null : sheet.rule(node.id());
        if (rule == null || !rule.selfScored()) {
            return new Span();
        }
        ItemState item = draft.current(node.id());
        if (Progress.missingEvidence(rule, item)) {
            Span missing = new Span(getTranslation("sa.evidenceNeeded"));
            missing.addComponentAsFirst(VaadinIcon.WARNING.create());
            missing.addClassName("sa-warning");
            return missing;
        }
        if (item.hasEvidence()) {
            return new Span(
                    VaadinIcon.PAPERCLIP.create(),
                    new Span(String.valueOf(item.evidenceIds().size())));
        }
        return new Span();
    }

    private String rowParts(CriteriaNodeView node) {
        List<String> parts = new ArrayList<>();
        if (draft.sheet() != null && draft.sheet().rule(node.id()) == null) {
            parts.add("sa-group");
        }
        if (!draft.applies(node)) {
            parts.add("sa-na");
        }
        if (draft.marked(node)) {
            parts.add("sa-recheck");
        }
        SheetDraft.Draft edit = draft.draft(node.id());
        if (edit != null) {
            parts.add(edit.valid() ? "sa-dirty" : "sa-invalid");
        }
        return String.join(" ", parts);
    }

    /** Shows the tree for the chosen filter; the selected item stays selected if the filter shows it. */
    private void showTree() {
        showTree(selectedId(), false);
    }

    private Long selectedId() {
        return treeGrid.getSelectedItems().stream()
                .findFirst()
                .map(CriteriaNodeView::id)
                .orElse(null);
    }

    /**
     * Shows the tree for the chosen filter and selects {@code keep} again when it is shown; with
     * {@code evenIfFiltered} (after a save or a link) it stays in view even when it no longer passes.
     * The data is rebuilt rather than filtered in place, which keeps the browser's tree in step.
     */
    private void showTree(Long keep, boolean evenIfFiltered) {
        TreeData<CriteriaNodeView> data = new TreeData<>();
        Sheet sheet = draft.sheet();
        if (sheet != null) {
            Set<Long> shown = draft.shown(filter.getValue(), evenIfFiltered ? keep : null);
            List<CriteriaNodeView> roots = new ArrayList<>(sheet.tree().areas());
            roots.addAll(sheet.tree().adjustments());
            roots.forEach(root -> addShown(data, null, root, shown));
        }
        loading = true;
        treeGrid.setDataProvider(new TreeDataProvider<>(data));
        treeGrid.expandRecursively(data.getRootItems(), 3);
        CriteriaNodeView kept = keep == null ? null : nodesById.get(keep);
        boolean visible = kept != null && data.contains(kept);
        if (visible) {
            treeGrid.select(kept);
        }
        loading = false;
        // The editor follows the (new) sheet: the kept item with fresh values, or nothing.
        showSelected(visible ? kept : null);
    }

    private static void addShown(
            TreeData<CriteriaNodeView> data, CriteriaNodeView parent, CriteriaNodeView node, Set<Long> shown) {
        if (shown.contains(node.id())) {
            data.addItem(parent, node);
            node.children().forEach(child -> addShown(data, node, child, shown));
        }
    }

    private void showSelected(CriteriaNodeView node) {
        Sheet sheet = draft.sheet();
        if (loading) {
            return;
        }
        if (node == null || sheet == null) {
            editor.showNothing();
            return;
        }
        ScoreRule rule = sheet.rule(node.id());
        if (rule == null) {
            editor.showGroup(sheet, node, sheet.total(node, draft.currentValues()));
        } else {
            editor.showItem(sheet, node, rule, draft.draft(node.id()));
        }
    }

    /** Called by the editor whenever the score or note of the shown item changes. */
    private void draftChanged(long nodeId, String scoreText, String note) {
        draft.edit(nodeId, scoreText, note);
        refreshRowAndParents(nodeId);
        markDirty();
        refreshSummary();
    }

    private void refreshRowAndParents(long nodeId) {
        for (CriteriaNodeView node = nodesById.get(nodeId);
                node != null;
                node = node.parentId() == null ? null : nodesById.get(node.parentId())) {
            treeGrid.getDataProvider().refreshItem(node);
        }
    }

    /** Tells the browser whether leaving the page (closing the tab) would lose edits. */
    private void markDirty() {
        getElement().executeJs("window.parindexUnsaved = $0;", draft.size());
        if (draft.sheet() != null) {
            save.setEnabled(draft.sheet().editable() && !draft.isEmpty());
        }
        discard.setEnabled(!draft.isEmpty());
    }

    private void selectNext(long nodeId) {
        List<CriteriaNodeView> order = new ArrayList<>();
        if (treeGrid.getDataProvider() instanceof TreeDataProvider<CriteriaNodeView> provider) {
            collectShown(provider.getTreeData(), provider.getTreeData().getRootItems(), order);
        }
        boolean passed = false;
        for (CriteriaNodeView node : order) {
            if (passed && draft.sheet().rule(node.id()) != null) {
                treeGrid.select(node);
                treeGrid.scrollToItem(node);
                return;
            }
            passed |= node.id() == nodeId;
        }
        Notifications.success(getTranslation("sa.lastItem"));
    }

    private static void collectShown(
            TreeData<CriteriaNodeView> data, List<CriteriaNodeView> nodes, List<CriteriaNodeView> into) {
        for (CriteriaNodeView node : nodes) {
            into.add(node);
            collectShown(data, data.getChildren(node), into);
        }
    }

    private void saveDrafts() {
        Sheet sheet = draft.sheet();
        if (sheet == null || draft.isEmpty()) {
            return;
        }
        Optional<Long> invalid = draft.firstInvalid();
        if (invalid.isPresent()) {
            treeGrid.select(nodesById.get(invalid.get()));
            Notifications.error(Messages.of(this, draft.draft(invalid.get()).problem()));
            return;
        }
        try {
            int saved = assessments.save(sheet.assessmentId(), draft.changes());
            draft.discardAll();
            markDirty();
            Notifications.success(getTranslation("sa.saved", saved));
            reloadKeepingDrafts();
        } catch (BusinessRuleException refusal) {
            Notifications.error(Messages.of(this, refusal));
            if (refusal.messageKey().equals("assessment.conflict")) {
                reloadKeepingDrafts();
                draft.takeInOtherSave(String.valueOf(refusal.arguments()[0]));
            }
        }
    }

    private void confirmDiscard() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("sa-discard-dialog");
        dialog.setHeader(getTranslation("sa.discard"));
        dialog.setText(getTranslation("sa.discardText", draft.size()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("sa.discard"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event -> load());
        dialog.open();
    }

    private void startSubmission() {
        Sheet sheet = draft.sheet();
        if (sheet == null) {
            return;
        }
        if (!draft.isEmpty()) {
            Notifications.warning(getTranslation("sa.saveBeforeSubmit"));
            return;
        }
        List<SubmissionBlocker> blockers = sheet.blockers();
        if (!blockers.isEmpty()) {
            new BlockersDialog(blockers, node -> {
                        filter.setValue(SheetDraft.Filter.ALL);
                        CriteriaNodeView target = nodesById.get(node);
                        treeGrid.select(target);
                        treeGrid.scrollToItem(target);
                    })
                    .open();
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("sa-submit-dialog");
        dialog.setHeader(getTranslation("sa.submit.title"));
        dialog.setText(getTranslation(
                "sa.submit.text",
                Formats.score(sheet.grandTotal(sheet.items()), getLocale()),
                sheet.progress().scored()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("sa.submit"));
        dialog.addConfirmListener(event -> {
            try {
                assessments.submit(sheet.assessmentId(), sheet.version());
                Notifications.success(getTranslation("sa.submitted"));
            } catch (BusinessRuleException refusal) {
                Notifications.error(Messages.of(this, refusal));
            }
            reloadKeepingDrafts();
        });
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sa.title");
    }

    /** What the editor does at once rather than as a draft: confirming a marked item, clearing one that no longer applies. */
    private final class ItemActions implements ItemEditor.Actions {

        @Override
        public void reconfirm(long nodeId, long version) {
            run(() -> assessments.reconfirm(draft.sheet().assessmentId(), nodeId, version), nodeId, "sa.reconfirmed");
        }

        @Override
        public void clear(long nodeId, long version) {
            draft.discard(nodeId);
            markDirty();
            long assessmentId = draft.sheet().assessmentId();
            run(
                    () -> assessments.save(assessmentId, List.of(new ItemChange(nodeId, version, null, null))),
                    nodeId,
                    "sa.cleared");
        }

        private void run(Runnable action, long nodeId, String doneKey) {
            String code = nodesById.get(nodeId).code();
            try {
                action.run();
                Notifications.success(getTranslation(doneKey, code));
            } catch (BusinessRuleException refusal) {
                Notifications.error(Messages.of(SelfAssessmentView.this, refusal));
            }
            reloadKeepingDrafts();
        }
    }
}
