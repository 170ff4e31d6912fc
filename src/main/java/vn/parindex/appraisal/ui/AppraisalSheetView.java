package vn.parindex.appraisal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.InputStreamDownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.parindex.appraisal.AppraisalLine;
import vn.parindex.appraisal.AppraisalSheet;
import vn.parindex.appraisal.AppraisalStatus;
import vn.parindex.appraisal.Appraisals;
import vn.parindex.appraisal.AppraisedChange;
import vn.parindex.appraisal.FinalChange;
import vn.parindex.appraisal.QuestionDraft;
import vn.parindex.appraisal.TimelineEntry;
import vn.parindex.assessment.EvidenceFile;
import vn.parindex.assessment.EvidenceSummary;
import vn.parindex.assessment.ScoreInput;
import vn.parindex.criteria.CriteriaNodeView;
import vn.parindex.criteria.ScoreRule;
import vn.parindex.security.Role;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.TextLimits;
import vn.parindex.shared.ui.Formats;
import vn.parindex.shared.ui.Messages;
import vn.parindex.shared.ui.Notifications;

/**
 * A unit's appraisal sheet: the criteria tree with self, appraised and final scores and the
 * differences rolled up per area and in total; per item the unit's note and evidence (download and
 * preview in place), the appraiser's score, comment and question, the final score and the item's
 * history. Each action is one service call; a refusal is shown in the user's language.
 */
@Route("appraisal/sheet")
@RolesAllowed({Role.Names.COUNCIL_MEMBER, Role.Names.SECRETARIAT})
public class AppraisalSheetView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final transient Appraisals appraisals;

    private final H2 title = new H2();
    private final Span status = new Span();
    private final Div totals = new Div();
    private final TreeGrid<CriteriaNodeView> tree = new TreeGrid<>();
    private final VerticalLayout item = new VerticalLayout();
    private final Select<CriteriaNodeView> area = new Select<>();
    private final Button acceptArea = new Button();
    private final Button askGaps = new Button();
    private final Button finalizeUnit = new Button();
    private final Div gaps = new Div();
    private final Div problem = new Div();

    private transient AppraisalSheet sheet;
    private long periodId;
    private long unitId;
    private Long selected;

    public AppraisalSheetView(Appraisals appraisals) {
        this.appraisals = appraisals;
        setId("appraisal-sheet-view");
        addClassName("portal-page");
        setSizeFull();
        title.setId("ap-title");
        status.setId("ap-status");
        totals.setId("ap-totals");
        totals.addClassName("ap-totals");
        problem.setId("ap-problem");
        gaps.setId("ap-gaps");

        area.setId("ap-area");
        area.setLabel(getTranslation("appraisal.area"));
        area.setItemLabelGenerator(node -> node.code() + " – " + node.name(getLocale()));
        acceptArea.setId("ap-accept-area");
        acceptArea.setText(getTranslation("appraisal.acceptArea"));
        acceptArea.addClickListener(event -> acceptArea());
        askGaps.setId("ap-ask-gaps");
        askGaps.setText(getTranslation("appraisal.askGaps"));
        askGaps.addClickListener(event -> askAboutGaps());
        finalizeUnit.setId("ap-finalize");
        finalizeUnit.setText(getTranslation("appraisal.finalize"));
        finalizeUnit.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        finalizeUnit.addClickListener(event -> confirmFinalize());

        tree.setId("ap-tree");
        tree.addHierarchyColumn(node -> node.code() + " " + node.name(getLocale()))
                .setHeader(getTranslation("appraisal.column.item"))
                .setWidth("18rem")
                .setFlexGrow(4)
                .setResizable(true);
        // Scores right-aligned, so that their decimal commas line up.
        tree.addColumn(node -> score(sheet.selfTotal(node)))
                .setHeader(getTranslation("appraisal.column.self"))
                .setTextAlign(ColumnTextAlign.END);
        tree.addColumn(node -> score(sheet.appraisedTotal(node)))
                .setHeader(getTranslation("appraisal.column.appraised"))
                .setTextAlign(ColumnTextAlign.END);
        tree.addColumn(node -> difference(sheet.difference(node)))
                .setHeader(getTranslation("appraisal.column.difference"))
                .setTextAlign(ColumnTextAlign.END);
        tree.addColumn(node -> score(sheet.finalTotal(node)))
                .setHeader(getTranslation("appraisal.column.final"))
                .setTextAlign(ColumnTextAlign.END);
        tree.addColumn(this::marker).setHeader(getTranslation("appraisal.column.marks"));
        // Differences stand out in the tree: a row whose appraised total differs from the unit's.
        tree.setPartNameGenerator(
                node -> sheet != null && sheet.difference(node).signum() != 0 ? "ap-differs" : null);
        tree.addSelectionListener(event -> event.getFirstSelectedItem().ifPresent(this::select));

        item.setId("ap-item");
        item.setPadding(false);
        HorizontalLayout actions = new HorizontalLayout(area, acceptArea, askGaps, finalizeUnit);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        SplitLayout split = new SplitLayout(tree, item);
        split.setSizeFull();
        split.setSplitterPosition(60);
        add(new HorizontalLayout(title, status), totals, problem, actions, gaps, split);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("appraisal.sheet.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        Optional<Long> period = longParameter(query, "period");
        Optional<Long> unit = longParameter(query, "unit");
        if (period.isEmpty() || unit.isEmpty()) {
            showProblem(getTranslation("appraisal.sheet.choose"));
            return;
        }
        periodId = period.get();
        unitId = unit.get();
        load();
    }

    private void load() {
        try {
            sheet = appraisals.sheet(periodId, unitId);
        } catch (BusinessRuleException refusal) {
            sheet = null;
            showProblem(Messages.of(this, refusal));
            return;
        }
        problem.setVisible(false);
        title.setText(getTranslation(
                "appraisal.sheet.heading",
                sheet.unit().name(getLocale()),
                // a year, not a quantity: never grouped as 2.045
                String.valueOf(sheet.period().year())));
        status.setText(getTranslation(sheet.status().labelKey())
                + (sheet.notRanked() ? " · " + getTranslation("appraisal.notRanked", sheet.notRankedReason()) : "")
                + (sheet.submitted() ? "" : " · " + getTranslation("appraisal.notSubmitted")));
        totals.setText(getTranslation(
                "appraisal.totals",
                score(sheet.selfGrandTotal()),
                score(sheet.appraisedGrandTotal()),
                difference(sheet.differenceTotal()),
                score(sheet.finalGrandTotal())));
        List<CriteriaNodeView> roots = new ArrayList<>(sheet.tree().areas());
        roots.addAll(sheet.tree().adjustments());
        tree.setItems(roots, CriteriaNodeView::children);
        tree.expandRecursively(roots, 3);
        boolean appraising = sheet.mode() == AppraisalSheet.Mode.APPRAISE && sheet.status() != AppraisalStatus.FINAL;
        area.setItems(sheet.tree().areas());
        area.setVisible(appraising);
        acceptArea.setVisible(appraising);
        askGaps.setVisible(appraising && !sheet.evidenceGaps().isEmpty());
        finalizeUnit.setVisible(sheet.mode() == AppraisalSheet.Mode.FINALIZE
                && sheet.status() != AppraisalStatus.FINAL
                && !sheet.editableNodes().isEmpty());
        showGaps();
        if (selected != null) {
            findNode(selected).ifPresent(this::select);
        } else {
            item.removeAll();
        }
    }

    private void showProblem(String text) {
        problem.setText(text);
        problem.setVisible(true);
        tree.setItems(List.of(), node -> List.of());
        item.removeAll();
    }

    private void showGaps() {
        gaps.removeAll();
        List<AppraisalLine> lines = sheet.evidenceGaps();
        if (lines.isEmpty()) {
            return;
        }
        gaps.add(new Span(getTranslation("appraisal.gaps", lines.size())));
        for (AppraisalLine line : lines) {
            Span code = new Span(sheet.rules().get(line.nodeId()).code());
            code.addClassName("ap-gap");
            gaps.add(code);
        }
    }

    private String marker(CriteriaNodeView node) {
        AppraisalLine line = sheet.line(node.id());
        if (line == null) {
            return "";
        }
        List<String> marks = new ArrayList<>();
        if (line.evidenceInsufficient()) {
            marks.add(getTranslation("appraisal.mark.insufficient"));
        }
        if (line.question() != null) {
            marks.add(
                    line.answer() == null
                            ? getTranslation("appraisal.mark.asked")
                            : getTranslation("appraisal.mark.answered"));
        }
        return String.join(" · ", marks);
    }

    private Optional<CriteriaNodeView> findNode(long nodeId) {
        return sheet.tree().allNodes().stream()
                .filter(node -> node.id() == nodeId)
                .findFirst();
    }

    private void select(CriteriaNodeView node) {
        item.removeAll();
        AppraisalLine line = sheet.line(node.id());
        ScoreRule rule = sheet.rules().get(node.id());
        if (line == null || rule == null) {
            selected = null;
            return;
        }
        selected = node.id();
        item.add(new H3(node.code() + " " + node.name(getLocale())));
        item.add(labelled("appraisal.item.self", score(line.selfScore()) + " / " + score(rule.highest())));
        if (line.note() != null) {
            item.add(labelled("appraisal.item.note", line.note()));
        }
        item.add(evidence(line));
        boolean editable = sheet.editable(node.id());
        if (sheet.mode() == AppraisalSheet.Mode.APPRAISE && editable) {
            appraiseForm(line);
        } else if (sheet.mode() == AppraisalSheet.Mode.FINALIZE && editable) {
            if (line.appraisedScore() != null) {
                item.add(labelled("appraisal.item.appraised", score(line.appraisedScore())));
            }
            exchange(line);
            finalForm(line);
        } else {
            if (line.appraisedScore() != null) {
                item.add(labelled("appraisal.item.appraised", score(line.appraisedScore())));
            }
            if (line.comment() != null) {
                item.add(labelled("appraisal.item.comment", line.comment()));
            }
            exchange(line);
        }
        item.add(timeline(line));
    }

    private void appraiseForm(AppraisalLine line) {
        TextField scoreField = new TextField(getTranslation("appraisal.item.appraised"));
        scoreField.setId("ap-score");
        scoreField.setValue(Formats.plainNumber(line.appraisedScore(), getLocale()));
        TextArea comment = new TextArea(getTranslation("appraisal.item.comment"));
        comment.setId("ap-comment");
        comment.setMaxLength(TextLimits.NOTE);
        comment.setWidthFull();
        comment.setValue(line.comment() == null ? "" : line.comment());
        Checkbox insufficient = new Checkbox(getTranslation("appraisal.item.insufficient"));
        insufficient.setId("ap-insufficient");
        insufficient.setValue(line.evidenceInsufficient());
        Button save = new Button(getTranslation("appraisal.item.save"));
        save.setId("ap-save-item");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> run(() -> {
            BigDecimal value;
            try {
                value = ScoreInput.parse(scoreField.getValue());
            } catch (BusinessRuleException refusal) {
                scoreField.setInvalid(true);
                scoreField.setErrorMessage(Messages.of(this, refusal));
                return;
            }
            appraisals.save(
                    sheet.appraisalId(),
                    List.of(new AppraisedChange(
                            line.nodeId(), line.version(), value, comment.getValue(), insufficient.getValue())));
            Notifications.success(getTranslation("appraisal.saved"));
            load();
        }));
        TextArea question = new TextArea(getTranslation("appraisal.item.question"));
        question.setId("ap-question");
        question.setMaxLength(TextLimits.NOTE);
        question.setWidthFull();
        question.setValue(line.question() == null ? "" : line.question());
        Button ask = new Button(getTranslation("appraisal.item.ask"));
        ask.setId("ap-ask");
        ask.addClickListener(event -> run(() -> {
            appraisals.requestExplanations(
                    sheet.appraisalId(),
                    List.of(new QuestionDraft(line.nodeId(), line.version(), question.getValue())));
            Notifications.success(getTranslation("appraisal.asked"));
            load();
        }));
        item.add(scoreField, comment, insufficient, save, question, ask);
    }

    private void finalForm(AppraisalLine line) {
        TextField finalField = new TextField(getTranslation("appraisal.item.final"));
        finalField.setId("ap-final");
        finalField.setValue(Formats.plainNumber(line.proposedFinal(), getLocale()));
        Checkbox accepted = new Checkbox(getTranslation("appraisal.item.accepted"));
        accepted.setId("ap-accepted");
        accepted.setEnabled(line.answer() != null);
        accepted.setValue(Boolean.TRUE.equals(line.explanationAccepted()));
        if (line.answer() != null && line.selfScore() != null) {
            // Accepting the explanation brings the unit's own score back as the final one.
            accepted.addValueChangeListener(event -> finalField.setValue(
                    Formats.plainNumber(event.getValue() ? line.selfScore() : line.proposedFinal(), getLocale())));
        }
        Button save = new Button(getTranslation("appraisal.item.saveFinal"));
        save.setId("ap-save-final");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> run(() -> {
            BigDecimal value;
            try {
                value = ScoreInput.parse(finalField.getValue());
            } catch (BusinessRuleException refusal) {
                finalField.setInvalid(true);
                finalField.setErrorMessage(Messages.of(this, refusal));
                return;
            }
            appraisals.saveFinal(
                    sheet.appraisalId(),
                    List.of(new FinalChange(
                            line.nodeId(), line.version(), value, line.answer() == null ? null : accepted.getValue())));
            Notifications.success(getTranslation("appraisal.saved"));
            load();
        }));
        item.add(finalField, accepted, save);
    }

    private void exchange(AppraisalLine line) {
        if (line.question() != null) {
            item.add(labelled("appraisal.item.question", line.question()));
        }
        if (line.answer() != null) {
            Div answer = labelled("appraisal.item.answer", line.answer());
            answer.setId("ap-answer");
            item.add(answer);
            for (Long evidenceId : line.answerEvidenceIds()) {
                entry(evidenceId).ifPresent(entry -> item.add(evidenceRow(entry)));
            }
        }
    }

    private Div evidence(AppraisalLine line) {
        Div box = new Div();
        box.setId("ap-evidence");
        if (line.evidenceIds().isEmpty()) {
            box.add(new Span(getTranslation("appraisal.item.noEvidence")));
            return box;
        }
        box.add(new Span(getTranslation("appraisal.item.evidence")));
        for (Long evidenceId : line.evidenceIds()) {
            entry(evidenceId).ifPresent(entry -> box.add(evidenceRow(entry)));
        }
        return box;
    }

    private Optional<EvidenceSummary> entry(long evidenceId) {
        return sheet.library().stream()
                .filter(entry -> entry.id() == evidenceId)
                .findFirst();
    }

    private Div evidenceRow(EvidenceSummary entry) {
        Div row = new Div();
        row.addClassName("ap-evidence-row");
        if (entry.file()) {
            Anchor download = new Anchor(fileHandler(entry, false), entry.fileName());
            download.getElement().setAttribute("download", true);
            download.setId("ap-download-" + entry.id());
            row.add(download);
            if (entry.previewable()) {
                Button preview = new Button(getTranslation("evidence.preview"));
                preview.setId("ap-preview-" + entry.id());
                preview.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                preview.addClickListener(event -> showPreview(row, entry));
                row.add(preview);
            }
        } else {
            row.add(new Span(entry.title() + (entry.docNumber() == null ? "" : " (" + entry.docNumber() + ")")));
        }
        return row;
    }

    /** PDFs and pictures open inside the sheet, under their line. */
    private void showPreview(Div row, EvidenceSummary entry) {
        row.getChildren()
                .filter(child -> child instanceof IFrame || child instanceof Image)
                .toList()
                .forEach(row::remove);
        if ("application/pdf".equals(entry.contentType())) {
            IFrame frame = new IFrame(fileHandler(entry, true));
            frame.setId("ap-preview-frame");
            frame.setWidthFull();
            frame.setHeight("28em");
            row.add(frame);
        } else {
            Image image = new Image(fileHandler(entry, true), entry.fileName());
            image.setId("ap-preview-frame");
            image.setMaxWidth("100%");
            row.add(image);
        }
    }

    private InputStreamDownloadHandler fileHandler(EvidenceSummary entry, boolean inline) {
        long period = periodId;
        long unit = unitId;
        InputStreamDownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            EvidenceFile file = appraisals.evidenceFile(period, unit, entry.id());
            return new DownloadResponse(file.content(), file.fileName(), file.contentType(), file.sizeBytes());
        });
        return inline ? handler.inline() : handler;
    }

    private Div timeline(AppraisalLine line) {
        Div box = new Div();
        box.setId("ap-timeline");
        box.add(new H3(getTranslation("appraisal.timeline")));
        UnorderedList list = new UnorderedList();
        for (TimelineEntry entry : line.timeline()) {
            String text = getTranslation(entry.kind().labelKey())
                    + " · " + (entry.by() == null ? "" : entry.by())
                    + " · " + Formats.dateTime(entry.at(), getLocale())
                    + (entry.score() == null ? "" : " · " + score(entry.score()))
                    + (entry.text() == null ? "" : " · " + entry.text());
            list.add(new ListItem(text));
        }
        box.add(list);
        return box;
    }

    private void acceptArea() {
        CriteriaNodeView chosen = area.getValue();
        if (chosen == null) {
            Notifications.warning(getTranslation("appraisal.chooseArea"));
            return;
        }
        run(() -> {
            int accepted = appraisals.acceptArea(sheet.appraisalId(), chosen.id(), seenVersions());
            Notifications.success(getTranslation("appraisal.accepted", accepted, chosen.code()));
            load();
        });
    }

    private Map<Long, Long> seenVersions() {
        Map<Long, Long> versions = new java.util.HashMap<>();
        sheet.lines().values().forEach(line -> versions.put(line.nodeId(), line.version()));
        return versions;
    }

    private void askAboutGaps() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("appraisal.askGaps"));
        TextArea question = new TextArea(getTranslation("appraisal.item.question"));
        question.setId("ap-gaps-question");
        question.setValue(getTranslation("appraisal.gapQuestion"));
        question.setWidthFull();
        dialog.add(question);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("appraisal.item.ask"));
        dialog.addConfirmListener(event -> run(() -> {
            List<QuestionDraft> drafts = sheet.evidenceGaps().stream()
                    .filter(line -> sheet.editable(line.nodeId()))
                    .map(line -> new QuestionDraft(line.nodeId(), line.version(), question.getValue()))
                    .toList();
            int asked = appraisals.requestExplanations(sheet.appraisalId(), drafts);
            Notifications.success(getTranslation("appraisal.askedMany", asked));
            load();
        }));
        dialog.open();
    }

    private void confirmFinalize() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("appraisal.finalize.title"));
        dialog.setText(getTranslation("appraisal.finalize.confirm", score(sheet.finalGrandTotal())));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("appraisal.finalize"));
        dialog.addConfirmListener(event -> run(() -> {
            appraisals.finalizeUnit(sheet.appraisalId(), sheet.version());
            Notifications.success(getTranslation("appraisal.finalized"));
            load();
        }));
        dialog.open();
    }

    private void run(Runnable action) {
        try {
            action.run();
        } catch (BusinessRuleException refusal) {
            Notifications.error(Messages.of(this, refusal));
            load();
        }
    }

    private Div labelled(String key, String value) {
        Div div = new Div();
        Span label = new Span(getTranslation(key) + ": ");
        label.addClassName("ap-label");
        div.add(label, new Span(value));
        return div;
    }

    private String score(BigDecimal value) {
        return value == null ? "—" : Formats.score(value, getLocale());
    }

    private String difference(BigDecimal value) {
        return value.signum() == 0 ? "" : (value.signum() > 0 ? "+" : "") + Formats.score(value, getLocale());
    }

    private static Optional<Long> longParameter(QueryParameters query, String name) {
        try {
            return query.getSingleParameter(name).map(Long::parseLong);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** For tests: the sheet shown. */
    AppraisalSheet sheet() {
        return sheet;
    }
}
