package vn.parindex.criteria.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import vn.parindex.criteria.Choice;
import vn.parindex.criteria.Choices;
import vn.parindex.criteria.CriteriaCatalog;
import vn.parindex.criteria.CriteriaEditor;
import vn.parindex.criteria.CriteriaNodeView;
import vn.parindex.criteria.CriteriaTree;
import vn.parindex.criteria.NodeDraft;
import vn.parindex.criteria.NodeLevel;
import vn.parindex.criteria.Scoring;
import vn.parindex.criteria.ScoringMethod;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.period.PeriodDirectory;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.TextLimits;
import vn.parindex.shared.ui.Messages;
import vn.parindex.shared.ui.Notifications;

/** Edits one node of a criteria set: names, points, scoring rule, mapping and applicability. */
class NodeForm extends VerticalLayout {

    private final transient CriteriaEditor editor;
    private final Runnable onChange;

    private final H4 heading = new H4();
    private final TextField nameVi = new TextField();
    private final TextField nameEn = new TextField();
    private final BigDecimalField maxPoints = new BigDecimalField();
    private final Select<ScoringMethod> method = new Select<>();
    private final BigDecimalField step = new BigDecimalField();
    private final BigDecimalField rangeMin = new BigDecimalField();
    private final BigDecimalField rangeMax = new BigDecimalField();
    private final TextArea choicesVi = new TextArea();
    private final TextArea choicesEn = new TextArea();
    private final Checkbox evidence = new Checkbox();
    private final TextArea guidanceVi = new TextArea();
    private final TextArea guidanceEn = new TextArea();
    private final TextField reason = new TextField();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final NodeExtras extras;

    private CriteriaTree tree;
    private CriteriaNodeView node;
    private Long newParentId;
    private NodeLevel newLevel;

    NodeForm(
            CriteriaEditor editor,
            CriteriaCatalog catalog,
            PeriodDirectory periods,
            OrganizationDirectory organization,
            Runnable onChange) {
        this.editor = editor;
        this.onChange = onChange;
        this.extras = new NodeExtras(editor, catalog, periods, organization, this::run, reason::getValue);
        setId("node-form");
        addClassName("portal-node-form");
        label(nameVi, "criteria.nameVi", "node-name-vi");
        label(nameEn, "criteria.nameEn", "node-name-en");
        maxPoints.setLabel(getTranslation("criteria.max"));
        maxPoints.setId("node-max");
        method.setLabel(getTranslation("criteria.method"));
        method.setId("node-method");
        method.setItems(ScoringMethod.RANGE, ScoringMethod.CHOICES, ScoringMethod.YES_NO, ScoringMethod.SURVEY);
        method.setItemLabelGenerator(item -> getTranslation(item.labelKey()));
        method.addValueChangeListener(event -> showRuleFields());
        step.setLabel(getTranslation("criteria.step"));
        step.setId("node-step");
        rangeMin.setLabel(getTranslation("criteria.rangeMin"));
        rangeMax.setLabel(getTranslation("criteria.rangeMax"));
        choicesVi.setLabel(getTranslation("criteria.choicesVi"));
        choicesVi.setHelperText(getTranslation("criteria.choicesHint"));
        choicesVi.setId("node-choices-vi");
        choicesEn.setLabel(getTranslation("criteria.choicesEn"));
        evidence.setLabel(getTranslation("criteria.evidenceRequired"));
        evidence.setId("node-evidence");
        guidanceVi.setLabel(getTranslation("criteria.guidanceVi"));
        guidanceEn.setLabel(getTranslation("criteria.guidanceEn"));
        reason.setLabel(getTranslation("criteria.reason"));
        reason.setId("node-reason");
        reason.setMaxLength(TextLimits.REASON);
        reason.setWidthFull();

        FormLayout fields = new FormLayout(
                nameVi,
                nameEn,
                maxPoints,
                method,
                step,
                rangeMin,
                rangeMax,
                choicesVi,
                choicesEn,
                evidence,
                guidanceVi,
                guidanceEn,
                reason);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("420px", 2));
        fields.setColspan(nameVi, 2);
        fields.setColspan(nameEn, 2);
        fields.setColspan(reason, 2);
        add(heading, fields, actions, extras);
        edit(null, null);
    }

    /** Shows a node (or nothing) of the given tree. */
    void edit(CriteriaTree tree, CriteriaNodeView node) {
        this.tree = tree;
        this.node = node;
        this.newParentId = null;
        this.newLevel = node == null ? null : node.level();
        fill(node == null ? null : node.toDraft());
        heading.setText(
                node == null
                        ? getTranslation("criteria.selectNode")
                        : node.code() + " · " + getTranslation(node.level().labelKey()));
        buildActions();
        extras.show(tree, node);
    }

    /** Starts a new node under the parent (null: a new area or adjustment line). */
    void startNew(CriteriaTree tree, CriteriaNodeView parent, NodeLevel level) {
        this.tree = tree;
        this.node = null;
        this.newParentId = parent == null ? null : parent.id();
        this.newLevel = level;
        fill(new NodeDraft(level, "", "", newScoring(level), true, null, null));
        heading.setText(getTranslation(
                "criteria.newNode", getTranslation(level.labelKey()), parent == null ? "" : parent.code()));
        buildActions();
        extras.show(tree, null);
        nameVi.focus();
    }

    private void fill(NodeDraft draft) {
        boolean present = draft != null;
        boolean editable = present && tree != null && !tree.phase().criteriaFrozen();
        for (var field : List.of(nameVi, nameEn, reason)) {
            field.setReadOnly(!editable);
        }
        nameVi.setValue(present ? draft.nameVi() : "");
        nameEn.setValue(present ? draft.nameEn() : "");
        Scoring scoring = present ? draft.scoring() : Scoring.group(null);
        maxPoints.setValue(scoring.maxPoints());
        maxPoints.setReadOnly(!editable);
        maxPoints.setVisible(present && draft.level() != NodeLevel.ADJUSTMENT);
        method.setValue(present && draft.level() == NodeLevel.COMPONENT ? draft.method() : null);
        method.setVisible(present && draft.level() == NodeLevel.COMPONENT);
        method.setReadOnly(!editable);
        step.setValue(scoring.step());
        rangeMin.setValue(scoring.rangeMin());
        rangeMax.setValue(scoring.rangeMax());
        choicesVi.setValue(lines(scoring.choices(), false));
        choicesEn.setValue(lines(scoring.choices(), true));
        evidence.setValue(present && draft.evidenceRequired());
        guidanceVi.setValue(present && draft.guidanceVi() != null ? draft.guidanceVi() : "");
        guidanceEn.setValue(present && draft.guidanceEn() != null ? draft.guidanceEn() : "");
        for (var field : List.of(step, rangeMin, rangeMax)) {
            field.setReadOnly(!editable);
        }
        for (var field : List.of(choicesVi, choicesEn, guidanceVi, guidanceEn)) {
            field.setReadOnly(!editable);
        }
        evidence.setReadOnly(!editable);
        nameVi.setVisible(present);
        nameEn.setVisible(present);
        evidence.setVisible(present && draft.level().scored());
        guidanceVi.setVisible(present && draft.level().scored());
        guidanceEn.setVisible(present && draft.level().scored());
        reason.setVisible(editable && tree.phase().criteriaChangesNeedReason());
        reason.clear();
        showRuleFields();
    }

    private void showRuleFields() {
        boolean component = newLevel == NodeLevel.COMPONENT;
        boolean adjustment = newLevel == NodeLevel.ADJUSTMENT;
        ScoringMethod chosen = method.getValue();
        step.setVisible(component && chosen == ScoringMethod.RANGE || adjustment);
        rangeMin.setVisible(adjustment || component && chosen == ScoringMethod.RANGE);
        rangeMax.setVisible(adjustment);
        choicesVi.setVisible(component && chosen == ScoringMethod.CHOICES);
        choicesEn.setVisible(component && chosen == ScoringMethod.CHOICES);
    }

    private void buildActions() {
        actions.removeAll();
        if (tree == null || tree.phase().criteriaFrozen() || newLevel == null) {
            return;
        }
        Button save = new Button(getTranslation("action.save"), event -> save());
        save.setId("node-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        actions.add(save);
        if (node == null) {
            actions.add(new Button(getTranslation("action.cancel"), event -> edit(tree, null)));
            return;
        }
        NodeLevel childLevel = node.level().childLevel();
        if (childLevel != null) {
            Button addChild = new Button(
                    getTranslation("criteria.addChild", getTranslation(childLevel.labelKey())),
                    VaadinIcon.PLUS.create(),
                    event -> startNew(tree, node, childLevel));
            addChild.setId("node-add-child");
            actions.add(addChild);
        }
        Button up = new Button(
                VaadinIcon.ARROW_UP.create(), event -> run(() -> editor.moveNode(node.id(), -1, reason.getValue())));
        up.setAriaLabel(getTranslation("criteria.moveUp"));
        up.setId("node-up");
        Button down = new Button(
                VaadinIcon.ARROW_DOWN.create(), event -> run(() -> editor.moveNode(node.id(), 1, reason.getValue())));
        down.setAriaLabel(getTranslation("criteria.moveDown"));
        down.setId("node-down");
        Button delete =
                new Button(getTranslation("action.delete"), VaadinIcon.TRASH.create(), event -> confirmDelete());
        delete.setId("node-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        actions.add(up, down, delete);
    }

    private void save() {
        // No choices yet is a validation problem of the set, shown there; text that is not choices is refused here.
        boolean withChoices = method.getValue() == ScoringMethod.CHOICES
                && newLevel == NodeLevel.COMPONENT
                && !choicesVi.getValue().isBlank();
        List<Choice> choices = withChoices
                ? Choices.parse(choicesVi.getValue(), choicesEn.getValue()).orElse(null)
                : List.of();
        if (choices == null) {
            choicesVi.setErrorMessage(getTranslation("import.choices"));
            choicesVi.setInvalid(true);
            return;
        }
        choicesVi.setInvalid(false);
        NodeDraft draft = new NodeDraft(
                newLevel,
                nameVi.getValue(),
                nameEn.getValue(),
                Scoring.entered(
                        newLevel,
                        method.getValue(),
                        maxPoints.getValue(),
                        rangeMin.getValue(),
                        rangeMax.getValue(),
                        step.getValue(),
                        choices),
                evidence.getValue(),
                guidanceVi.getValue(),
                guidanceEn.getValue());
        if (node == null) {
            run(() -> editor.addNode(tree.setId(), newParentId, draft, reason.getValue()));
            return;
        }
        // Units that entered something are listed before confirming, whatever the phase (a period
        // moved back to preparation may hold scores); a changed scoring rule marks their items.
        List<String> touched = editor.impactOf(node.id());
        if (!tree.phase().criteriaChangesNeedReason() && touched.isEmpty()) {
            run(() -> editor.updateNode(node.id(), node.version(), draft, reason.getValue()));
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("node-change-confirm");
        confirm.setHeader(getTranslation("criteria.confirmChange"));
        confirm.setText(
                touched.isEmpty()
                        ? getTranslation("criteria.noScoresTouched")
                        : getTranslation("criteria.scoresTouched", String.join(", ", touched)));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("action.confirm"));
        confirm.addConfirmListener(
                event -> run(() -> editor.updateNode(node.id(), node.version(), draft, reason.getValue())));
        confirm.open();
    }

    /** What a new node of the level starts with: a yes/no component, or an adjustment line from 0 to 1. */
    private static Scoring newScoring(NodeLevel level) {
        return switch (level) {
            case COMPONENT -> new Scoring(ScoringMethod.YES_NO, null, null, null, null, List.of());
            case ADJUSTMENT -> Scoring.adjustment(BigDecimal.ZERO, BigDecimal.ONE, Scoring.ADJUSTMENT_STEP);
            default -> Scoring.group(null);
        };
    }

    private String lines(List<Choice> choices, boolean english) {
        return choices.stream()
                .map(choice -> vn.parindex.shared.ui.Formats.plainNumber(choice.value(), getLocale()) + " = "
                        + (english ? choice.descriptionEn() : choice.descriptionVi()))
                .collect(Collectors.joining("\n"));
    }

    private void confirmDelete() {
        // What units entered is never deleted: say who, instead of offering the delete.
        List<String> touched = editor.impactOf(node.id());
        if (!touched.isEmpty()) {
            Notifications.error(getTranslation("criteria.deleteScored", node.code(), String.join(", ", touched)));
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("node-delete-confirm");
        confirm.setHeader(getTranslation("criteria.deleteTitle", node.code()));
        confirm.setText(getTranslation("criteria.deleteText"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("action.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> run(() -> editor.deleteNode(node.id(), reason.getValue())));
        confirm.open();
    }

    private void run(Runnable change) {
        try {
            change.run();
            Notifications.success(getTranslation("criteria.saved"));
            onChange.run();
        } catch (BusinessRuleException refusal) {
            String message = Messages.of(this, refusal);
            if (refusal.messageKey().equals("criteria.reasonRequired")) {
                reason.setErrorMessage(message);
                reason.setInvalid(true);
            } else {
                Notifications.error(message);
            }
        }
    }

    private void label(TextField field, String key, String id) {
        field.setLabel(getTranslation(key));
        field.setId(id);
        field.setWidthFull();
    }
}
