package vn.parindex.assessment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import vn.parindex.criteria.ScoreRule;

/** How far a unit is: components scored out of those it scores itself, and evidence still missing. */
public record Progress(int scored, int applicable, int evidenceMissing) {

    /** Progress of the given values against a unit's rules. */
    public static Progress of(Collection<ScoreRule> rules, Map<Long, ItemState> values) {
        int applicable = 0;
        int scored = 0;
        int evidenceMissing = 0;
        for (ScoreRule rule : rules) {
            if (!rule.requiredForSubmission()) {
                continue;
            }
            ItemState item = values.getOrDefault(rule.nodeId(), ItemState.empty(rule.nodeId()));
            applicable++;
            if (item.scored()) {
                scored++;
            }
            if (missingEvidence(rule, item)) {
                evidenceMissing++;
            }
        }
        return new Progress(scored, applicable, evidenceMissing);
    }

    /** Everything that keeps these values from being submitted, in the rules' order. */
    public static List<SubmissionBlocker> blockers(Collection<ScoreRule> rules, Map<Long, ItemState> values) {
        List<SubmissionBlocker> blockers = new ArrayList<>();
        for (ScoreRule rule : rules) {
            if (!rule.requiredForSubmission()) {
                continue;
            }
            ItemState item = values.getOrDefault(rule.nodeId(), ItemState.empty(rule.nodeId()));
            if (rule.incomplete()) {
                // Nothing can be entered until the secretariat completes the rule.
                blockers.add(new SubmissionBlocker(rule.nodeId(), rule.code(), SubmissionBlocker.Kind.RULE_INCOMPLETE));
                continue;
            }
            if (!item.scored()) {
                blockers.add(new SubmissionBlocker(rule.nodeId(), rule.code(), SubmissionBlocker.Kind.UNSCORED));
            } else if (invalid(rule, item)) {
                blockers.add(new SubmissionBlocker(rule.nodeId(), rule.code(), SubmissionBlocker.Kind.INVALID_SCORE));
            }
            if (missingEvidence(rule, item)) {
                blockers.add(
                        new SubmissionBlocker(rule.nodeId(), rule.code(), SubmissionBlocker.Kind.EVIDENCE_MISSING));
            }
        }
        return blockers;
    }

    /**
     * The stored score is not allowed by the rule as it stands now (the rule changed after the unit
     * entered it). Items that do not apply are never invalid: their score is simply not counted.
     */
    public static boolean invalid(ScoreRule rule, ItemState item) {
        return rule.selfScored()
                && item.scored()
                && rule.problemWith(item.score()).isPresent();
    }

    /** Evidence is required and the item has neither evidence nor a note explaining why not. */
    public static boolean missingEvidence(ScoreRule rule, ItemState item) {
        return rule.evidenceRequired() && rule.requiredForSubmission() && !item.hasEvidence() && !item.hasNote();
    }

    public int left() {
        return applicable - scored;
    }

    /** Whole percent scored, for bars and tables. */
    public int percent() {
        return applicable == 0 ? 0 : scored * 100 / applicable;
    }
}
