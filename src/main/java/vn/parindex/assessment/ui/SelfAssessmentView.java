package vn.parindex.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import vn.parindex.assessment.EvidenceLibrary;
import vn.parindex.assessment.ItemChange;
import vn.parindex.assessment.SelfAssessments;
import vn.parindex.assessment.Sheet;
import vn.parindex.assessment.SheetQuestions;
import vn.parindex.assessment.SubmissionBlocker;
import vn.parindex.assessment.UnitQuestions;
import vn.parindex.criteria.CriteriaNodeView;
import vn.parindex.criteria.ScoreRule;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.organization.UnitSummary;
import vn.parindex.period.PeriodSummary;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.CurrentUserService;
import vn.parindex.security.Role;
import vn.parindex.shared.BusinessRuleException;
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
    private final transient List<SheetQuestions> questionSources;
    private final CurrentUser user;
    /** The only unit the user may open, or null when they choose any unit. */
    private final Long sheetScope;

    private final Select<PeriodSummary> period = new Select<>();
    private final ComboBox<UnitSummary> unit = new ComboBox<>();
    private final Select<SheetDraft.Filter> filter = new Select<>();
    private final H2 title = new H2();
    private final SheetStatus status = new SheetStatus();
    private final SheetSummary summary = new SheetSummary();
    private final SheetQuestionsBanner questionsBanner = new SheetQuestionsBanner();
    private final Button save = new Button();
    private final Button discard = new Button();
    private final Button submit = new Button();
    private final Button withdraw = new Button();
    private final SheetTree treeGrid;
    private final ItemEditor editor;
    private final EvidencePanel evidencePanel;
    private final Tab libraryTab;
    private final TabSheet tabs = new TabSheet();

    /** The sheet last read with the user's unsaved edits. */
    private final SheetDraft draft = new SheetDraft();

    public SelfAssessmentView(
            SelfAssessments assessments,
            EvidenceLibrary library,
            OrganizationDirectory organization,
            CurrentUserService currentUser,
            List<SheetQuestions> questionSources) {
        this.assessments = assessments;
        this.organization = organization;
        this.questionSources = questionSources;
        this.user = currentUser.require();
        this.editor = new ItemEditor(
                library, this::draftChanged, this::reloadKeepingDrafts, this::selectNext, new ItemActions());
        this.evidencePanel = new EvidencePanel(library, this::reloadKeepingDrafts);
        this.treeGrid = new SheetTree(draft, this::showSelected);
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
        withdraw.setId("sa-withdraw");
        withdraw.setText(getTranslation("sa.withdraw"));
        withdraw.setVisible(false);
        withdraw.addClickListener(event -> confirmWithdraw());

        HorizontalLayout selectors = new HorizontalLayout(period, unit, filter);
        selectors.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        HorizontalLayout actions = new HorizontalLayout(discard, save, submit, withdraw);
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
        add(heading, toolbar, summary, questionsBanner);
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

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        List<PeriodSummary> periods = assessments.periods();
        period.setItems(periods);
        period.setValue(SheetChoice.period(periods, longParameter(query, "period")));
        List<UnitSummary> units =
                organization.units().stream().filter(UnitSummary::active).toList();
        unit.setItems(units);
        unit.setValue(SheetChoice.unit(units, sheetScope, longParameter(query, "unit"), user.unitId()));
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
        ConfirmDialog dialog = SheetDialogs.unsaved(this, draft.size());
        dialog.addConfirmListener(confirmed -> {
            draft.discardAll();
            markDirty();
            action.proceed();
        });
        dialog.open();
    }

    /** Runs an action that would drop unsaved edits only once the user agreed; otherwise undoes the trigger. */
    private void guardThen(Runnable action, Runnable undo) {
        if (draft.isEmpty()) {
            action.run();
            return;
        }
        ConfirmDialog dialog = SheetDialogs.unsaved(this, draft.size());
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
        UnitQuestions questions = questions(sheet);
        treeGrid.showQuestions(questions);
        editor.showQuestions(questions);
        questionsBanner.show(questions);
        showTree(treeGrid.selectedId(), true);
        title.setText(getTranslation(
                "sa.heading",
                sheet.unit().name(getLocale()),
                String.valueOf(sheet.period().year())));
        evidencePanel.show(sheet);
        libraryTab.setLabel(
                getTranslation("sa.tab.libraryCount", sheet.library().size()));
        status.show(sheet);
        refreshSummary();
        save.setEnabled(sheet.editable() && !draft.isEmpty());
        discard.setEnabled(!draft.isEmpty());
        save.setVisible(sheet.editable());
        discard.setVisible(sheet.editable());
        submit.setVisible(sheet.editable());
        // The unit's own focal point may take a submission back before its deadline (the service decides).
        withdraw.setVisible("assessment.lock.submitted".equals(sheet.lockReason())
                && (sheet.daysLeft() == null || sheet.daysLeft() >= 0));
    }

    /** The questions and comments other modules (the appraisal council) address to the unit on this sheet. */
    private UnitQuestions questions(Sheet sheet) {
        return questionSources.stream()
                .map(source ->
                        source.questionsFor(sheet.period().id(), sheet.unit().id()))
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(null);
    }

    private void confirmWithdraw() {
        Sheet sheet = draft.sheet();
        if (sheet == null || sheet.assessmentId() == null) {
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("sa.withdraw"));
        dialog.setText(getTranslation("sa.withdraw.confirm"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("sa.withdraw"));
        dialog.addConfirmListener(event -> {
            try {
                assessments.withdraw(sheet.assessmentId(), sheet.version());
                Notifications.success(getTranslation("sa.withdrawn"));
            } catch (BusinessRuleException refusal) {
                Notifications.error(Messages.of(this, refusal));
            }
            load();
        });
        dialog.open();
    }

    private void showEmpty(String message) {
        title.setText(getTranslation("sa.title"));
        status.showMessage(message);
        treeGrid.show(filter.getValue(), null, false);
        editor.showNothing();
        evidencePanel.clear();
        save.setEnabled(false);
        discard.setEnabled(false);
        submit.setVisible(false);
        withdraw.setVisible(false);
        summary.clear();
        treeGrid.showQuestions(null);
        editor.showQuestions(null);
        questionsBanner.show(null);
    }

    private void refreshSummary() {
        if (draft.sheet() == null) {
            return;
        }
        summary.show(draft);
        save.setText(draft.isEmpty() ? getTranslation("action.save") : getTranslation("sa.saveCount", draft.size()));
    }

    /** Shows the tree for the chosen filter; the selected item stays selected if the filter shows it. */
    private void showTree() {
        showTree(treeGrid.selectedId(), false);
    }

    /** Shows the tree; the editor follows the (new) sheet: the kept item with fresh values, or nothing. */
    private void showTree(Long keep, boolean evenIfFiltered) {
        showSelected(treeGrid.show(filter.getValue(), keep, evenIfFiltered));
    }

    private void showSelected(CriteriaNodeView node) {
        Sheet sheet = draft.sheet();
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
        treeGrid.refreshWithParents(nodeId);
        markDirty();
        refreshSummary();
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
        treeGrid.nextItemAfter(nodeId)
                .ifPresentOrElse(treeGrid::reveal, () -> Notifications.success(getTranslation("sa.lastItem")));
    }

    private void saveDrafts() {
        Sheet sheet = draft.sheet();
        if (sheet == null || draft.isEmpty()) {
            return;
        }
        Optional<Long> invalid = draft.firstInvalid();
        if (invalid.isPresent()) {
            treeGrid.select(treeGrid.node(invalid.get()));
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
        SheetDialogs.discard(this, draft.size(), this::load).open();
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
                        treeGrid.reveal(treeGrid.node(node));
                    })
                    .open();
            return;
        }
        SheetDialogs.submit(this, getLocale(), sheet, () -> {
                    try {
                        assessments.submit(sheet.assessmentId(), sheet.version());
                        Notifications.success(getTranslation("sa.submitted"));
                    } catch (BusinessRuleException refusal) {
                        Notifications.error(Messages.of(this, refusal));
                    }
                    reloadKeepingDrafts();
                })
                .open();
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
            String code = treeGrid.node(nodeId).code();
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
