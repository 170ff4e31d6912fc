package vn.parindex.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import vn.parindex.criteria.CriteriaNodeView;
import vn.parindex.criteria.CriteriaTree;
import vn.parindex.criteria.ScoreRule;
import vn.parindex.organization.UnitSummary;
import vn.parindex.period.PeriodSummary;

/**
 * A unit's self-assessment as the sheet shows it: the criteria tree with the unit's rules, what has
 * been entered, the evidence library, the deadline and whether the caller may change anything.
 *
 * @param assessmentId null while nothing was started (a secretariat looking at an untouched unit)
 * @param lockReason translation key of why the sheet is read-only, or null when the caller may edit
 */
public record Sheet(
        Long assessmentId,
        long version,
        PeriodSummary period,
        UnitSummary unit,
        LocalDate deadline,
        LocalDate today,
        AssessmentStatus status,
        String lockReason,
        String submittedBy,
        Instant submittedAt,
        String returnedReason,
        CriteriaTree tree,
        Map<Long, ScoreRule> rules,
        Map<Long, ItemState> items,
        List<EvidenceSummary> library) {

    public boolean editable() {
        return lockReason == null;
    }

    public ItemState item(long nodeId) {
        return items.getOrDefault(nodeId, ItemState.empty(nodeId));
    }

    public ScoreRule rule(long nodeId) {
        return rules.get(nodeId);
    }

    /** Days from today to the deadline; negative once it has passed, null without a deadline. */
    public Long daysLeft() {
        return deadline == null ? null : today.until(deadline, ChronoUnit.DAYS);
    }

    public Progress progress() {
        return Progress.of(rules.values(), items);
    }

    /** Progress with the given values in place of the stored ones (the sheet's unsaved edits). */
    public Progress progress(Map<Long, ItemState> values) {
        return Progress.of(rules.values(), values);
    }

    /** Everything that keeps the stored assessment from being submitted, in tree order. */
    public List<SubmissionBlocker> blockers() {
        return Progress.blockers(rules.values(), items);
    }

    /** The unit's total of a node: its own score for a scored node, else what its applicable parts add up to. */
    public BigDecimal total(CriteriaNodeView node, Map<Long, ItemState> values) {
        ScoreRule rule = rules.get(node.id());
        if (rule != null) {
            ItemState item = values.getOrDefault(node.id(), ItemState.empty(node.id()));
            return rule.applicable() && item.scored() ? item.score() : BigDecimal.ZERO;
        }
        return node.children().stream().map(child -> total(child, values)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Self-assessed total over the tree plus adjustment lines. */
    public BigDecimal grandTotal(Map<Long, ItemState> values) {
        BigDecimal sum = BigDecimal.ZERO;
        for (CriteriaNodeView area : tree.areas()) {
            sum = sum.add(total(area, values));
        }
        for (CriteriaNodeView line : tree.adjustments()) {
            sum = sum.add(total(line, values));
        }
        return sum;
    }

    public BigDecimal maximum() {
        return tree.maximumFor(unit.id());
    }
}
