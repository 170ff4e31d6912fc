package vn.parindex.criteria;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import vn.parindex.period.Phase;

/** A whole criteria set: the tree, the adjustment lines, applicability and validation problems. */
public record CriteriaTree(
        long setId,
        long periodId,
        int year,
        Phase phase,
        long blockId,
        BigDecimal maxTotal,
        int revision,
        long version,
        List<CriteriaNodeView> areas,
        List<CriteriaNodeView> adjustments,
        Map<Long, Set<Long>> notApplicableUnitsByNode,
        List<CriteriaProblem> problems) {

    public BigDecimal total() {
        return areas.stream().map(CriteriaNodeView::total).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    /** Every node of the tree (areas first, depth first) followed by the adjustment lines. */
    public List<CriteriaNodeView> allNodes() {
        List<CriteriaNodeView> all = new ArrayList<>();
        areas.forEach(area -> collect(area, all));
        all.addAll(adjustments);
        return all;
    }

    public Stream<CriteriaNodeView> components() {
        return allNodes().stream().filter(node -> node.level() == NodeLevel.COMPONENT);
    }

    public boolean applicable(long nodeId, long unitId) {
        return !notApplicableUnitsByNode.getOrDefault(nodeId, Set.of()).contains(unitId);
    }

    /** The rules of every scored node (components, then adjustment lines) for one unit, by node id. */
    public Map<Long, ScoreRule> scoreRules(long unitId) {
        return ScoreRules.of(allNodes().stream()
                .map(node -> new ScoreRules.Node(
                        node.id(),
                        node.parentId(),
                        node.level(),
                        node.code(),
                        node.scoring(),
                        node.evidenceRequired(),
                        !applicable(node.id(), unitId)))
                .toList());
    }

    /**
     * A unit's applicable maximum: the set total less every component that is not applicable to it,
     * directly or through an area or criterion above it.
     */
    public BigDecimal maximumFor(long unitId) {
        return areas.stream().map(area -> applicableTotal(area, unitId)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The node's maximum for a unit: zero when excluded, else what its applicable parts add up to. */
    public BigDecimal applicableTotal(CriteriaNodeView node, long unitId) {
        if (!applicable(node.id(), unitId)) {
            return BigDecimal.ZERO;
        }
        if (node.level().scored() || node.children().isEmpty()) {
            return node.total();
        }
        return node.children().stream()
                .map(child -> applicableTotal(child, unitId))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static void collect(CriteriaNodeView node, List<CriteriaNodeView> into) {
        into.add(node);
        node.children().forEach(child -> collect(child, into));
    }
}
