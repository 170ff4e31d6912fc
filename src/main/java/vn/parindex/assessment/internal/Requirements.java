package vn.parindex.assessment.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.parindex.criteria.CriteriaNodeView;
import vn.parindex.criteria.CriteriaTree;
import vn.parindex.criteria.NodeLevel;
import vn.parindex.criteria.ScoringMethod;

/**
 * How many components each unit of a criteria set must score, and how many of those need evidence:
 * every component the unit scores itself, less what is marked not applicable to it directly or
 * through its criterion or area. Worked out once per set from the tree and its (few) exclusions,
 * never by building every unit's rules.
 */
public final class Requirements {

    private final int components;
    private final Set<Long> needingEvidence;
    private final Map<Long, Set<Long>> excludedByUnit;

    private Requirements(int components, Set<Long> needingEvidence, Map<Long, Set<Long>> excludedByUnit) {
        this.components = components;
        this.needingEvidence = needingEvidence;
        this.excludedByUnit = excludedByUnit;
    }

    public static Requirements of(CriteriaTree tree) {
        Map<Long, List<Long>> requiredBelow = new HashMap<>();
        Set<Long> needingEvidence = new HashSet<>();
        int components = 0;
        for (CriteriaNodeView area : tree.areas()) {
            components += collect(area, requiredBelow, needingEvidence).size();
        }
        Map<Long, Set<Long>> excludedByUnit = new HashMap<>();
        tree.notApplicableUnitsByNode().forEach((nodeId, unitIds) -> {
            List<Long> below = requiredBelow.getOrDefault(nodeId, List.of());
            for (long unitId : unitIds) {
                excludedByUnit.computeIfAbsent(unitId, id -> new HashSet<>()).addAll(below);
            }
        });
        return new Requirements(components, needingEvidence, excludedByUnit);
    }

    /** The required components at or below the node, recorded for every node on the way. */
    private static List<Long> collect(
            CriteriaNodeView node, Map<Long, List<Long>> requiredBelow, Set<Long> needingEvidence) {
        List<Long> required = new ArrayList<>();
        if (node.level() == NodeLevel.COMPONENT && node.method() != ScoringMethod.SURVEY) {
            required.add(node.id());
            if (node.evidenceRequired()) {
                needingEvidence.add(node.id());
            }
        }
        for (CriteriaNodeView child : node.children()) {
            required.addAll(collect(child, requiredBelow, needingEvidence));
        }
        requiredBelow.put(node.id(), required);
        return required;
    }

    /** Components the unit must score before submitting. */
    public int components(long unitId) {
        return components - excludedByUnit.getOrDefault(unitId, Set.of()).size();
    }

    /** Of those, the ones that need evidence or a note. */
    public int needingEvidence(long unitId) {
        Set<Long> excluded = excludedByUnit.getOrDefault(unitId, Set.of());
        return (int) (needingEvidence.size()
                - excluded.stream().filter(needingEvidence::contains).count());
    }
}
