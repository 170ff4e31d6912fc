package vn.parindex.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import vn.parindex.assessment.ItemState;
import vn.parindex.assessment.Progress;
import vn.parindex.assessment.Sheet;
import vn.parindex.assessment.UnitQuestions;
import vn.parindex.criteria.CriteriaNodeView;
import vn.parindex.criteria.ScoreRule;
import vn.parindex.criteria.ScoringMethod;
import vn.parindex.shared.ui.Formats;

/**
 * The sheet's criteria tree: code, name, the unit's maximum, the score as the page shows it (unsaved
 * edits marked) and the evidence of each item, for the chosen filter.
 */
class SheetTree extends TreeGrid<CriteriaNodeView> {

    private final SheetDraft draft;
    private Map<Long, CriteriaNodeView> nodesById = Map.of();
    private boolean rebuilding;
    private transient UnitQuestions questions;

    SheetTree(SheetDraft draft, Consumer<CriteriaNodeView> onSelect) {
        this.draft = draft;
        setId("sa-tree");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        addHierarchyColumn(CriteriaNodeView::code)
                .setHeader(getTranslation("criteria.code"))
                .setWidth("11.5rem")
                .setFlexGrow(0);
        addColumn(node -> node.name(getLocale())
                        + (draft.applies(node) ? "" : " · " + getTranslation("sa.notApplicable"))
                        + (draft.marked(node) ? " · " + getTranslation("sa.recheck") : "")
                        + questionMarker(node))
                .setHeader(getTranslation("criteria.name"))
                .setTooltipGenerator(node -> node.name(getLocale()))
                .setFlexGrow(4);
        // Points right-aligned, so that their decimal commas line up.
        addColumn(this::maximumText)
                .setHeader(getTranslation("criteria.max"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(this::scoreText)
                .setHeader(getTranslation("sa.score"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("score");
        addComponentColumn(this::evidenceCell)
                .setHeader(getTranslation("sa.evidenceColumn"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        setPartNameGenerator(this::rowParts);
        addSelectionListener(event -> {
            if (!rebuilding) {
                onSelect.accept(event.getFirstSelectedItem().orElse(null));
            }
        });
        setSizeFull();
    }

    /**
     * Shows the sheet's tree for the filter and selects {@code keep} again when it is shown; with
     * {@code evenIfFiltered} (after a save or a link) it stays in view even when it no longer passes.
     * The data is rebuilt rather than filtered in place, which keeps the browser's tree in step.
     * Returns the node selected again, or null.
     */
    CriteriaNodeView show(SheetDraft.Filter filter, Long keep, boolean evenIfFiltered) {
        TreeData<CriteriaNodeView> data = new TreeData<>();
        Sheet sheet = draft.sheet();
        Map<Long, CriteriaNodeView> byId = new HashMap<>();
        if (sheet != null) {
            sheet.tree().allNodes().forEach(node -> byId.put(node.id(), node));
            Set<Long> shown = draft.shown(filter, evenIfFiltered ? keep : null);
            List<CriteriaNodeView> roots = new ArrayList<>(sheet.tree().areas());
            roots.addAll(sheet.tree().adjustments());
            roots.forEach(root -> addShown(data, null, root, shown));
        }
        nodesById = byId;
        rebuilding = true;
        setDataProvider(new TreeDataProvider<>(data));
        expandRecursively(data.getRootItems(), 3);
        CriteriaNodeView kept = keep == null ? null : nodesById.get(keep);
        boolean visible = kept != null && data.contains(kept);
        if (visible) {
            select(kept);
        }
        rebuilding = false;
        return visible ? kept : null;
    }

    private static void addShown(
            TreeData<CriteriaNodeView> data, CriteriaNodeView parent, CriteriaNodeView node, Set<Long> shown) {
        if (shown.contains(node.id())) {
            data.addItem(parent, node);
            node.children().forEach(child -> addShown(data, node, child, shown));
        }
    }

    /** The council's questions to mark in the tree (null: none). */
    void showQuestions(UnitQuestions questions) {
        this.questions = questions;
    }

    private UnitQuestions.ItemQuestion question(CriteriaNodeView node) {
        return questions == null ? null : questions.item(node.id());
    }

    private String questionMarker(CriteriaNodeView node) {
        UnitQuestions.ItemQuestion question = question(node);
        if (question == null) {
            return "";
        }
        if (question.open()) {
            return " · " + getTranslation("sa.question.marker");
        }
        return " · " + getTranslation(question.asked() ? "sa.question.answeredMarker" : "sa.question.commentMarker");
    }

    Long selectedId() {
        return getSelectedItems().stream().findFirst().map(CriteriaNodeView::id).orElse(null);
    }

    CriteriaNodeView node(long nodeId) {
        return nodesById.get(nodeId);
    }

    void reveal(CriteriaNodeView node) {
        select(node);
        scrollToItem(node);
    }

    /** Redraws an item and the groups above it (their subtotals). */
    void refreshWithParents(long nodeId) {
        for (CriteriaNodeView node = nodesById.get(nodeId);
                node != null;
                node = node.parentId() == null ? null : nodesById.get(node.parentId())) {
            getDataProvider().refreshItem(node);
        }
    }

    /** The next scored item shown after this one, in the order the tree shows them. */
    Optional<CriteriaNodeView> nextItemAfter(long nodeId) {
        List<CriteriaNodeView> order = new ArrayList<>();
        if (getDataProvider() instanceof TreeDataProvider<CriteriaNodeView> provider) {
            collectShown(provider.getTreeData(), provider.getTreeData().getRootItems(), order);
        }
        boolean passed = false;
        for (CriteriaNodeView node : order) {
            if (passed && draft.sheet().rule(node.id()) != null) {
                return Optional.of(node);
            }
            passed |= node.id() == nodeId;
        }
        return Optional.empty();
    }

    private static void collectShown(
            TreeData<CriteriaNodeView> data, List<CriteriaNodeView> nodes, List<CriteriaNodeView> into) {
        for (CriteriaNodeView node : nodes) {
            into.add(node);
            collectShown(data, data.getChildren(node), into);
        }
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
        UnitQuestions.ItemQuestion question = question(node);
        if (question != null && question.open()) {
            parts.add("sa-question");
        }
        SheetDraft.Draft edit = draft.draft(node.id());
        if (edit != null) {
            parts.add(edit.valid() ? "sa-dirty" : "sa-invalid");
        }
        return String.join(" ", parts);
    }
}
