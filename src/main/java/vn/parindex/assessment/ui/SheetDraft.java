package vn.parindex.assessment.ui;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.parindex.assessment.ItemChange;
import vn.parindex.assessment.ItemState;
import vn.parindex.assessment.Progress;
import vn.parindex.assessment.ScoreInput;
import vn.parindex.assessment.Sheet;
import vn.parindex.criteria.CriteriaNodeView;
import vn.parindex.criteria.ScoreRule;
import vn.parindex.shared.BusinessRuleException;

/**
 * What the sheet shows beyond what is stored: the unit's unsaved edits over the last sheet read,
 * with change detection, the values as the page shows them, the changes a save sends, taking in a
 * colleague's save, and the filters. Plain state, no components: the view binds it.
 */
final class SheetDraft implements Serializable {

    /** Which items the tree shows. */
    enum Filter {
        ALL,
        UNSCORED,
        EVIDENCE_MISSING,
        RECHECK
    }

    /** What the user typed and has not saved, by node id. */
    private final Map<Long, Draft> drafts = new LinkedHashMap<>();

    private Sheet sheet;
    /** Stored values with valid edits on top; every rendered cell asks, so kept until something changes. */
    private Map<Long, ItemState> shownValues;

    /** The sheet last read, or null when none is shown. */
    Sheet sheet() {
        return sheet;
    }

    /** A sheet read again (or none): edits not yet saved stay. */
    void show(Sheet read) {
        this.sheet = read;
        this.shownValues = null;
    }

    boolean isEmpty() {
        return drafts.isEmpty();
    }

    int size() {
        return drafts.size();
    }

    /** The unsaved edit of an item, or null. */
    Draft draft(long nodeId) {
        return drafts.get(nodeId);
    }

    void discardAll() {
        drafts.clear();
        shownValues = null;
    }

    void discard(long nodeId) {
        drafts.remove(nodeId);
        shownValues = null;
    }

    /**
     * Takes what the user typed for an item. An edit that brings the item back to what is stored is
     * no edit; the version the user started from stays the one of their first edit, so a reload
     * never makes someone else's save look read.
     */
    void edit(long nodeId, String scoreText, String note) {
        ItemState stored = sheet.item(nodeId);
        String storedText = stored.score() == null ? "" : stored.score().toPlainString();
        String storedNote = stored.note() == null ? "" : stored.note();
        long baseVersion = drafts.containsKey(nodeId) ? drafts.get(nodeId).baseVersion() : stored.version();
        Draft draft = Draft.of(
                scoreText == null ? "" : scoreText.strip(), note == null ? "" : note, sheet.rule(nodeId), baseVersion);
        boolean sameScore = draft.valid()
                ? (draft.score() == null
                        ? stored.score() == null
                        : stored.score() != null && draft.score().compareTo(stored.score()) == 0)
                : draft.scoreText().equals(storedText);
        if (sameScore && draft.note().strip().equals(storedNote.strip())) {
            drafts.remove(nodeId);
        } else {
            drafts.put(nodeId, draft);
        }
        shownValues = null;
    }

    /** Values as the page shows them: stored ones with valid unsaved edits on top. */
    Map<Long, ItemState> currentValues() {
        if (shownValues == null) {
            Map<Long, ItemState> values = new HashMap<>(sheet.items());
            drafts.forEach((nodeId, draft) -> {
                ItemState stored = sheet.item(nodeId);
                if (draft.valid()) {
                    values.put(
                            nodeId,
                            new ItemState(
                                    nodeId,
                                    draft.score(),
                                    draft.note(),
                                    stored.evidenceIds(),
                                    stored.updatedBy(),
                                    stored.updatedAt(),
                                    stored.version(),
                                    stored.recheck()));
                }
            });
            shownValues = values;
        }
        return shownValues;
    }

    ItemState current(long nodeId) {
        return currentValues().getOrDefault(nodeId, sheet.item(nodeId));
    }

    Progress progress() {
        return sheet.progress(currentValues());
    }

    /** The first edit that is not an allowed score, in the order they were made. */
    Optional<Long> firstInvalid() {
        return drafts.entrySet().stream()
                .filter(entry -> !entry.getValue().valid())
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** What a save sends: every edit with the version its user started from. */
    List<ItemChange> changes() {
        List<ItemChange> changes = new ArrayList<>();
        drafts.forEach((nodeId, draft) ->
                changes.add(new ItemChange(nodeId, draft.baseVersion(), draft.score(), draft.note())));
        return changes;
    }

    /**
     * After a save was refused because someone else saved the item with this code, and the sheet
     * was read again: every edit stays, and the refused one now starts from the value just shown,
     * so saving again replaces it knowingly.
     */
    void takeInOtherSave(String code) {
        sheet.rules().values().stream()
                .filter(rule -> rule.code().equals(code))
                .findFirst()
                .ifPresent(rule -> drafts.computeIfPresent(
                        rule.nodeId(),
                        (nodeId, draft) -> Draft.of(
                                draft.scoreText(),
                                draft.note(),
                                rule,
                                sheet.item(nodeId).version())));
        shownValues = null;
    }

    /**
     * The nodes the tree shows for the filter: matching items with the areas and criteria above
     * them; {@code keep} stays shown even when it no longer passes (after a save or a link).
     */
    Set<Long> shown(Filter filter, Long keep) {
        Set<Long> shown = new HashSet<>();
        if (sheet != null) {
            Filter chosen = filter == null ? Filter.ALL : filter;
            List<CriteriaNodeView> roots = new ArrayList<>(sheet.tree().areas());
            roots.addAll(sheet.tree().adjustments());
            roots.forEach(root -> addShown(root, chosen, keep, shown));
        }
        return shown;
    }

    private boolean addShown(CriteriaNodeView node, Filter chosen, Long keep, Set<Long> into) {
        ScoreRule rule = sheet.rule(node.id());
        boolean any;
        if (rule != null) {
            any = (keep != null && keep == node.id()) || passes(rule, current(node.id()), chosen);
        } else {
            any = chosen == Filter.ALL;
            for (CriteriaNodeView child : node.children()) {
                any |= addShown(child, chosen, keep, into);
            }
        }
        if (any) {
            into.add(node.id());
        }
        return any;
    }

    private static boolean passes(ScoreRule rule, ItemState item, Filter chosen) {
        return switch (chosen) {
            case ALL -> true;
            case UNSCORED -> rule.requiredForSubmission() && !item.scored();
            case EVIDENCE_MISSING -> Progress.missingEvidence(rule, item);
            case RECHECK -> item.recheck();
        };
    }

    /** Whether the node counts for the unit: a scored item that applies, or a group with something applicable. */
    boolean applies(CriteriaNodeView node) {
        if (sheet == null) {
            return true;
        }
        ScoreRule rule = sheet.rule(node.id());
        return rule == null
                ? sheet.tree().applicableTotal(node, sheet.unit().id()).signum() > 0
                : rule.applicable();
    }

    /** The item is marked for the unit to check again after a change of the criteria. */
    boolean marked(CriteriaNodeView node) {
        return sheet != null
                && sheet.rule(node.id()) != null
                && sheet.item(node.id()).recheck();
    }

    long markedCount() {
        return sheet.items().values().stream().filter(ItemState::recheck).count();
    }

    /**
     * A score as typed and a note, not yet saved, checked against the item's rule, with the item
     * version the user started from. {@link #score()} is null both for "no score" and while the text
     * is not an allowed score ({@link #valid()} tells which).
     */
    record Draft(String scoreText, String note, long baseVersion, BigDecimal score, BusinessRuleException problem)
            implements Serializable {

        static Draft of(String scoreText, String note, ScoreRule rule, long baseVersion) {
            BusinessRuleException problem = problemOf(scoreText, rule);
            return new Draft(
                    scoreText, note, baseVersion, problem == null ? ScoreInput.parse(scoreText) : null, problem);
        }

        /** Why the typed text is not an allowed score for the item, or null when it is. */
        static BusinessRuleException problemOf(String scoreText, ScoreRule rule) {
            try {
                return rule.problemWith(ScoreInput.parse(scoreText)).orElse(null);
            } catch (BusinessRuleException notANumber) {
                return notANumber;
            }
        }

        boolean valid() {
            return problem == null;
        }
    }
}
