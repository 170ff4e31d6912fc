package vn.parindex.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.LongConsumer;
import vn.parindex.assessment.EvidenceLibrary;
import vn.parindex.assessment.ItemState;
import vn.parindex.assessment.Sheet;
import vn.parindex.assessment.UnitQuestions;
import vn.parindex.criteria.Choice;
import vn.parindex.criteria.CriteriaNodeView;
import vn.parindex.criteria.ScoreRule;
import vn.parindex.criteria.ScoringMethod;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.TextLimits;
import vn.parindex.shared.ui.Formats;
import vn.parindex.shared.ui.Messages;
import vn.parindex.shared.ui.Notifications;

/**
 * The right-hand panel of the sheet: one item with its guidance, the input its scoring method calls
 * for, the unit's note and the evidence linked to it. Typed values go to the sheet as drafts.
 */
class ItemEditor extends VerticalLayout {

    /** Receives what the user typed for an item. */
    interface DraftListener extends Serializable {
        void changed(long nodeId, String scoreText, String note);
    }

    /** Done at once, not as a draft. */
    interface Actions extends Serializable {
        /** Keeps a marked item as it is under the changed rule. */
        void reconfirm(long nodeId, long version);

        /** Clears the score and note of an item that no longer applies. */
        void clear(long nodeId, long version);
    }

    private final transient EvidenceLibrary library;
    private final DraftListener onDraft;
    private final Runnable onLinksChanged;
    private final LongConsumer onNext;
    private final Actions actions;

    private long nodeId;
    private transient UnitQuestions questions;
    private String scoreText = "";
    private String note = "";

    ItemEditor(
            EvidenceLibrary library,
            DraftListener onDraft,
            Runnable onLinksChanged,
            LongConsumer onNext,
            Actions actions) {
        this.library = library;
        this.onDraft = onDraft;
        this.onLinksChanged = onLinksChanged;
        this.onNext = onNext;
        this.actions = actions;
        setId("sa-editor");
        addClassName("sa-editor");
        setPadding(true);
        setSpacing(false);
        showNothing();
    }

    /** The council's questions and comments to show with each item (null: none). */
    void showQuestions(UnitQuestions questions) {
        this.questions = questions;
    }

    void showNothing() {
        removeAll();
        Paragraph hint = new Paragraph(getTranslation("sa.editor.choose"));
        hint.addClassName("portal-muted");
        add(hint);
    }

    void showGroup(Sheet sheet, CriteriaNodeView node, BigDecimal subtotal) {
        removeAll();
        add(heading(node));
        add(new Span(getTranslation(
                "sa.editor.subtotal",
                Formats.score(subtotal, getLocale()),
                Formats.score(sheet.tree().applicableTotal(node, sheet.unit().id()), getLocale()))));
        addGuidance(node);
    }

    void showItem(Sheet sheet, CriteriaNodeView node, ScoreRule rule, SheetDraft.Draft draft) {
        removeAll();
        nodeId = node.id();
        ItemState item = sheet.item(node.id());
        scoreText = draft != null
                ? draft.scoreText()
                : item.score() == null ? "" : item.score().toPlainString();
        note = draft != null ? draft.note() : item.note() == null ? "" : item.note();
        boolean editable = sheet.editable();

        add(heading(node));
        addQuestion(node);
        Span facts = new Span(getTranslation(
                "sa.editor.facts",
                Formats.score(rule.highest(), getLocale()),
                node.method() == null ? "" : getTranslation(node.method().labelKey())));
        facts.addClassName("portal-muted");
        add(facts);
        if (!rule.applicable()) {
            add(new Paragraph(getTranslation("sa.editor.notApplicable")));
            addStoredButNotApplicable(sheet, rule, item, editable);
            addGuidance(node);
            return;
        }
        if (rule.incomplete()) {
            Paragraph incomplete = new Paragraph(getTranslation("sa.editor.ruleIncomplete"));
            incomplete.setId("item-rule-incomplete");
            incomplete.addClassName("sa-warning");
            add(incomplete);
            addGuidance(node);
            return;
        }
        if (item.recheck()) {
            add(recheckNotice(rule, item, editable && draft == null));
        }
        if (rule.method() == ScoringMethod.SURVEY) {
            Paragraph survey = new Paragraph(getTranslation("sa.editor.survey"));
            survey.setId("item-survey");
            add(survey);
            addGuidance(node);
            return;
        }
        add(scoreInput(node, rule, editable, draft));

        TextArea noteField = new TextArea(getTranslation("sa.editor.note"));
        noteField.setId("item-note");
        noteField.setWidthFull();
        noteField.setMinHeight("6em");
        noteField.setMaxLength(TextLimits.NOTE);
        noteField.setValueChangeMode(ValueChangeMode.LAZY);
        noteField.setHelperText(
                rule.evidenceRequired()
                        ? getTranslation("sa.editor.noteHelpEvidence")
                        : getTranslation("sa.editor.noteHelp"));
        noteField.setValue(note);
        noteField.setReadOnly(!editable);
        noteField.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                note = event.getValue();
                onDraft.changed(nodeId, scoreText, note);
            }
        });
        add(noteField);
        add(evidenceLinks(sheet, rule, item, editable));
        if (item.updatedAt() != null) {
            Span last = new Span(getTranslation(
                    "sa.editor.lastSaved", item.updatedBy(), Formats.dateTime(item.updatedAt(), getLocale())));
            last.addClassName("portal-muted");
            add(last);
        }
        addGuidance(node);
        Button next = new Button(
                getTranslation("sa.editor.next"), VaadinIcon.ARROW_DOWN.create(), event -> onNext.accept(nodeId));
        next.setId("item-next");
        next.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(next);
    }

    /**
     * The secretariat changed the rule or applicability after the unit entered this item: says so,
     * shows why the stored score is no longer allowed, or lets the unit confirm it as it is.
     */
    private Component recheckNotice(ScoreRule rule, ItemState item, boolean canConfirm) {
        Div box = new Div();
        box.setId("item-recheck");
        box.addClassName("sa-recheck-box");
        box.add(new Paragraph(getTranslation("sa.editor.recheck")));
        BusinessRuleException problem =
                item.scored() ? rule.problemWith(item.score()).orElse(null) : null;
        if (problem != null) {
            Paragraph invalid = new Paragraph(getTranslation("sa.editor.recheckInvalid", Messages.of(this, problem)));
            invalid.setId("item-recheck-invalid");
            invalid.addClassName("sa-warning");
            box.add(invalid);
        } else if (canConfirm) {
            Button confirm = new Button(
                    getTranslation("sa.editor.reconfirm"),
                    VaadinIcon.CHECK.create(),
                    event -> actions.reconfirm(nodeId, item.version()));
            confirm.setId("item-reconfirm");
            confirm.addThemeVariants(ButtonVariant.LUMO_SMALL);
            box.add(confirm);
        }
        return box;
    }

    /**
     * An item that stopped applying keeps no claim on the unit: what was entered is shown as not
     * counted, and the unit may clear it (and remove linked evidence) or simply confirm the mark.
     */
    private void addStoredButNotApplicable(Sheet sheet, ScoreRule rule, ItemState item, boolean editable) {
        if (!item.entered() && !item.recheck()) {
            return;
        }
        Div box = new Div();
        box.setId("item-not-applicable-stored");
        box.addClassName("sa-recheck-box");
        if (item.scored() || item.hasNote()) {
            box.add(new Paragraph(getTranslation(
                    "sa.editor.notApplicableStored", item.scored() ? Formats.score(item.score(), getLocale()) : "—")));
            if (editable) {
                Button clear = new Button(
                        getTranslation("sa.editor.clearStored"),
                        VaadinIcon.ERASER.create(),
                        event -> actions.clear(nodeId, item.version()));
                clear.setId("item-clear-stored");
                clear.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                box.add(clear);
            }
        }
        if (item.recheck() && editable) {
            Button confirm = new Button(
                    getTranslation("sa.editor.reconfirm"),
                    VaadinIcon.CHECK.create(),
                    event -> actions.reconfirm(nodeId, item.version()));
            confirm.setId("item-reconfirm");
            confirm.addThemeVariants(ButtonVariant.LUMO_SMALL);
            box.add(confirm);
        }
        add(box);
        if (item.hasEvidence()) {
            add(evidenceLinks(sheet, rule, item, editable));
        }
    }

    private Component scoreInput(CriteriaNodeView node, ScoreRule rule, boolean editable, SheetDraft.Draft draft) {
        return switch (rule.method()) {
            case CHOICES -> choicesInput(node, editable);
            case YES_NO -> yesNoInput(rule, editable);
            default -> rangeInput(rule, editable, draft);
        };
    }

    private Component rangeInput(ScoreRule rule, boolean editable, SheetDraft.Draft draft) {
        TextField field = new TextField(getTranslation("sa.score"));
        field.setId("item-score");
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setHelperText(
                rule.scoring().step() == null
                        ? getTranslation(
                                "sa.editor.rangeHelp",
                                Formats.plainNumber(rule.lowest(), getLocale()),
                                Formats.plainNumber(rule.highest(), getLocale()))
                        : getTranslation(
                                "sa.editor.rangeStepHelp",
                                Formats.plainNumber(rule.lowest(), getLocale()),
                                Formats.plainNumber(rule.highest(), getLocale()),
                                Formats.plainNumber(rule.scoring().step(), getLocale())));
        field.setValue(displayed(scoreText));
        field.setReadOnly(!editable);
        if (draft != null && draft.problem() != null) {
            showProblem(field, draft.problem());
        }
        field.addValueChangeListener(event -> {
            if (!event.isFromClient()) {
                return;
            }
            scoreText = event.getValue();
            BusinessRuleException problem = SheetDraft.Draft.problemOf(scoreText.strip(), rule);
            if (problem != null) {
                showProblem(field, problem);
            } else {
                field.setInvalid(false);
            }
            onDraft.changed(nodeId, scoreText, note);
        });
        return field;
    }

    private void showProblem(TextField field, BusinessRuleException problem) {
        field.setErrorMessage(Messages.of(this, problem));
        field.setInvalid(true);
    }

    /** Shows a stored value the way the user's language writes numbers (1,5 in Vietnamese). */
    private String displayed(String text) {
        try {
            return text.isBlank() ? text : Formats.plainNumber(new BigDecimal(text), getLocale());
        } catch (NumberFormatException typedByUser) {
            return text;
        }
    }

    private Component choicesInput(CriteriaNodeView node, boolean editable) {
        Select<BigDecimal> select = new Select<>();
        select.setId("item-choice");
        select.setLabel(getTranslation("sa.score"));
        select.setWidthFull();
        List<BigDecimal> values =
                node.scoring().choices().stream().map(Choice::value).toList();
        select.setItems(values);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("sa.editor.unscored"));
        select.setItemLabelGenerator(value -> value == null
                ? getTranslation("sa.editor.unscored")
                : Formats.plainNumber(value, getLocale()) + " – "
                        + node.scoring().choices().stream()
                                .filter(choice -> choice.value().compareTo(value) == 0)
                                .findFirst()
                                .map(choice -> choice.description(getLocale()))
                                .orElse(""));
        select.setValue(matching(values));
        select.setReadOnly(!editable);
        select.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                scoreText = event.getValue() == null ? "" : event.getValue().toPlainString();
                onDraft.changed(nodeId, scoreText, note);
            }
        });
        return select;
    }

    private Component yesNoInput(ScoreRule rule, boolean editable) {
        RadioButtonGroup<BigDecimal> group = new RadioButtonGroup<>(getTranslation("sa.score"));
        group.setId("item-yesno");
        List<BigDecimal> values = List.of(rule.highest(), BigDecimal.ZERO);
        group.setItems(values);
        group.setItemLabelGenerator(value -> value.signum() > 0
                ? getTranslation("sa.editor.yes", Formats.plainNumber(value, getLocale()))
                : getTranslation("sa.editor.no"));
        group.setValue(matching(values));
        group.setReadOnly(!editable);
        group.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                scoreText = event.getValue() == null ? "" : event.getValue().toPlainString();
                onDraft.changed(nodeId, scoreText, note);
            }
        });
        Button clear = new Button(getTranslation("sa.editor.clear"), event -> {
            group.clear();
            scoreText = "";
            onDraft.changed(nodeId, scoreText, note);
        });
        clear.setId("item-clear");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        clear.setVisible(editable);
        HorizontalLayout row = new HorizontalLayout(group, clear);
        row.setAlignItems(Alignment.BASELINE);
        return row;
    }

    private BigDecimal matching(List<BigDecimal> values) {
        if (scoreText.isBlank()) {
            return null;
        }
        try {
            BigDecimal current = new BigDecimal(scoreText);
            return values.stream()
                    .filter(value -> value.compareTo(current) == 0)
                    .findFirst()
                    .orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Component evidenceLinks(Sheet sheet, ScoreRule rule, ItemState item, boolean editable) {
        return new EvidenceLinks(sheet, rule, item, editable, chosen -> {
            try {
                library.setLinks(sheet.assessmentId(), nodeId, chosen);
            } catch (BusinessRuleException refusal) {
                Notifications.error(Messages.of(this, refusal));
            }
            onLinksChanged.run();
        });
    }

    /** The council's question and comment on this item, the unit's answer and where to give it. */
    private void addQuestion(CriteriaNodeView node) {
        UnitQuestions.ItemQuestion question = questions == null ? null : questions.item(node.id());
        if (question == null) {
            return;
        }
        Div box = new Div();
        box.setId("item-question");
        box.addClassName("sa-question-box");
        if (question.asked()) {
            box.add(labelled("sa.question.asked", question.question(), "item-question-text"));
        }
        if (question.comment() != null) {
            box.add(labelled("sa.question.comment", question.comment(), "item-question-comment"));
        }
        if (question.asked()) {
            box.add(
                    question.answer() == null
                            ? labelled(
                                    "sa.question.answer",
                                    getTranslation("sa.question.notAnswered"),
                                    "item-question-answer")
                            : labelled(
                                    "sa.question.answer",
                                    question.answer() + " (" + question.answeredBy() + ", "
                                            + Formats.dateTime(question.answeredAt(), getLocale()) + ")",
                                    "item-question-answer"));
        }
        if (question.appraisedScore() != null || question.finalScore() != null) {
            box.add(new Paragraph(getTranslation(
                    "sa.question.scores",
                    question.appraisedScore() == null ? "—" : Formats.score(question.appraisedScore(), getLocale()),
                    question.finalScore() == null ? "—" : Formats.score(question.finalScore(), getLocale()))));
        }
        if (question.open() && questions.answerable() && questions.answerLink() != null) {
            Anchor answer = new Anchor(questions.answerLink(), getTranslation("sa.question.answerLink"));
            answer.setId("item-question-link");
            box.add(answer);
        }
        add(box);
    }

    private Paragraph labelled(String labelKey, String text, String id) {
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.addClassName("sa-question-label");
        Paragraph paragraph = new Paragraph(label, new Span(text));
        paragraph.setId(id);
        return paragraph;
    }

    private Component heading(CriteriaNodeView node) {
        H4 heading = new H4(node.code() + " · " + node.name(getLocale()));
        heading.setId("sa-editor-title");
        return heading;
    }

    private void addGuidance(CriteriaNodeView node) {
        String guidance = node.guidance(getLocale());
        if (guidance != null && !guidance.isBlank()) {
            Paragraph text = new Paragraph(guidance);
            text.addClassName("sa-guidance");
            Span label = new Span(getTranslation("sa.editor.guidance"));
            label.addClassName("portal-card-title");
            add(label, text);
        }
    }
}
