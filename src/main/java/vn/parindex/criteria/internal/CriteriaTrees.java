package vn.parindex.criteria.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.parindex.criteria.CriteriaNodeView;
import vn.parindex.criteria.CriteriaTree;
import vn.parindex.criteria.NodeLevel;
import vn.parindex.period.PeriodSummary;

/** Builds the tree of a set from its flat rows, and renumbers codes from positions. */
public final class CriteriaTrees {

    private static final Comparator<CriteriaNode> BY_POSITION = Comparator.comparingInt(CriteriaNode::getPosition)
            .thenComparing(CriteriaNode::getId, Comparator.nullsLast(Comparator.naturalOrder()));

    private CriteriaTrees() {}

    public static CriteriaTree assemble(
            CriteriaSet set, PeriodSummary period, List<CriteriaNode> nodes, List<NotApplicable> notApplicable) {
        Map<Long, List<CriteriaNode>> byParent = childrenByParent(nodes);
        List<CriteriaNodeView> areas = new ArrayList<>();
        List<CriteriaNodeView> adjustments = new ArrayList<>();
        for (CriteriaNode root : byParent.getOrDefault(null, List.of())) {
            if (root.getLevel() == NodeLevel.ADJUSTMENT) {
                adjustments.add(root.toView(List.of()));
            } else {
                areas.add(view(root, byParent));
            }
        }
        Map<Long, Set<Long>> excluded = new HashMap<>();
        for (NotApplicable entry : notApplicable) {
            excluded.computeIfAbsent(entry.getNodeId(), id -> new HashSet<>()).add(entry.getUnitId());
        }
        return new CriteriaTree(
                set.getId(),
                set.getPeriodId(),
                period.year(),
                period.phase(),
                set.getBlockId(),
                set.getMaxTotal(),
                set.getRevision(),
                set.getVersion(),
                List.copyOf(areas),
                List.copyOf(adjustments),
                excluded,
                CriteriaValidator.validate(areas, adjustments, set.getMaxTotal()));
    }

    /**
     * Sets every node's position from its place and returns the code each should have: areas 1,
     * 2...; then 1.1, 1.1.1; adjustments T1, T2... The caller sets the codes (unique per set, so
     * changing ones go through a temporary value).
     */
    public static Map<CriteriaNode, String> renumber(List<CriteriaNode> nodes) {
        Map<Long, List<CriteriaNode>> byParent = childrenByParent(nodes);
        Map<CriteriaNode, String> codes = new IdentityHashMap<>();
        int area = 0;
        int adjustment = 0;
        for (CriteriaNode root : byParent.getOrDefault(null, List.of())) {
            if (root.getLevel() == NodeLevel.ADJUSTMENT) {
                root.setPosition(1000 + adjustment);
                codes.put(root, "T" + (++adjustment));
            } else {
                root.setPosition(area);
                String code = String.valueOf(++area);
                codes.put(root, code);
                renumberChildren(root, code, byParent, codes);
            }
        }
        return codes;
    }

    private static void renumberChildren(
            CriteriaNode parent,
            String parentCode,
            Map<Long, List<CriteriaNode>> byParent,
            Map<CriteriaNode, String> codes) {
        int index = 0;
        for (CriteriaNode child : byParent.getOrDefault(parent.getId(), List.of())) {
            child.setPosition(index);
            String code = parentCode + "." + (++index);
            codes.put(child, code);
            renumberChildren(child, code, byParent, codes);
        }
    }

    private static CriteriaNodeView view(CriteriaNode node, Map<Long, List<CriteriaNode>> byParent) {
        List<CriteriaNodeView> children = byParent.getOrDefault(node.getId(), List.of()).stream()
                .map(child -> view(child, byParent))
                .toList();
        return node.toView(children);
    }

    static Map<Long, List<CriteriaNode>> childrenByParent(List<CriteriaNode> nodes) {
        Map<Long, List<CriteriaNode>> byParent = new HashMap<>();
        for (CriteriaNode node : nodes) {
            byParent.computeIfAbsent(node.getParentId(), id -> new ArrayList<>())
                    .add(node);
        }
        byParent.values().forEach(list -> list.sort(BY_POSITION));
        return byParent;
    }
}
