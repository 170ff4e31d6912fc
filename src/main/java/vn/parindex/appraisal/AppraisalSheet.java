package vn.parindex.appraisal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import vn.parindex.assessment.EvidenceSummary;
import vn.parindex.criteria.CriteriaNodeView;
import vn.parindex.criteria.CriteriaTree;
import vn.parindex.criteria.ScoreRule;
import vn.parindex.organization.UnitSummary;
import vn.parindex.period.PeriodSummary;

/**
 * A unit's appraisal as the council member works on it: the criteria tree with the unit's rules, per
 * item what the unit entered and what the council did, the unit's evidence, and what the caller may do.
 *
 * @param editableNodes the scored nodes the caller may appraise (their assigned areas and the
 *     adjustment lines); empty when read only
 * @param mode what the period allows now on the items ({@link Mode#READ_ONLY} for the secretariat)
 */
public record AppraisalSheet(
        long appraisalId,
        long version,
        AppraisalStatus status,
        boolean notRanked,
        String notRankedReason,
        PeriodSummary period,
        UnitSummary unit,
        boolean submitted,
        CriteriaTree tree,
        Map<Long, ScoreRule> rules,
        Map<Long, AppraisalLine> lines,
        List<EvidenceSummary> library,
        Set<Long> editableNodes,
        Mode mode) {

    /** What the phase lets the assigned member do on the items. */
    public enum Mode {
        APPRAISE,
        FINALIZE,
        READ_ONLY
    }

    public AppraisalLine line(long nodeId) {
        return lines.get(nodeId);
    }

    public boolean editable(long nodeId) {
        return mode != Mode.READ_ONLY && status != AppraisalStatus.FINAL && editableNodes.contains(nodeId);
    }

    /** The unit's own total of a node (applicable items only). */
    public BigDecimal selfTotal(CriteriaNodeView node) {
        return sum(node, line -> line.selfScore());
    }

    /** The appraised total of a node: the appraised score where set, else the self score. */
    public BigDecimal appraisedTotal(CriteriaNodeView node) {
        return sum(node, line -> line.appraisedScore() != null ? line.appraisedScore() : line.selfScore());
    }

    /** The final total of a node as it stands (set or proposed final scores). */
    public BigDecimal finalTotal(CriteriaNodeView node) {
        return sum(node, AppraisalLine::proposedFinal);
    }

    /** Appraised less self over a node: the roll-up of the differences. */
    public BigDecimal difference(CriteriaNodeView node) {
        return sum(node, AppraisalLine::difference);
    }

    public BigDecimal selfGrandTotal() {
        return grand(this::selfTotal);
    }

    public BigDecimal appraisedGrandTotal() {
        return grand(this::appraisedTotal);
    }

    public BigDecimal finalGrandTotal() {
        return grand(this::finalTotal);
    }

    public BigDecimal differenceTotal() {
        return grand(this::difference);
    }

    /** Items whose required evidence is missing or that the appraiser marked as not proven, in tree order. */
    public List<AppraisalLine> evidenceGaps() {
        List<AppraisalLine> gaps = new ArrayList<>();
        for (CriteriaNodeView node : tree.allNodes()) {
            AppraisalLine line = lines.get(node.id());
            ScoreRule rule = rules.get(node.id());
            if (line == null || rule == null || !rule.applicable()) {
                continue;
            }
            boolean missing = rule.evidenceRequired() && line.evidenceIds().isEmpty();
            if (missing || line.evidenceInsufficient()) {
                gaps.add(line);
            }
        }
        return gaps;
    }

    private BigDecimal grand(Function<CriteriaNodeView, BigDecimal> total) {
        BigDecimal sum = BigDecimal.ZERO;
        for (CriteriaNodeView area : tree.areas()) {
            sum = sum.add(total.apply(area));
        }
        for (CriteriaNodeView line : tree.adjustments()) {
            sum = sum.add(total.apply(line));
        }
        return sum;
    }

    private BigDecimal sum(CriteriaNodeView node, Function<AppraisalLine, BigDecimal> value) {
        ScoreRule rule = rules.get(node.id());
        if (rule != null) {
            AppraisalLine line = lines.get(node.id());
            if (line == null || !rule.applicable()) {
                return BigDecimal.ZERO;
            }
            BigDecimal score = value.apply(line);
            return score == null ? BigDecimal.ZERO : score;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (CriteriaNodeView child : node.children()) {
            sum = sum.add(sum(child, value));
        }
        return sum;
    }
}
