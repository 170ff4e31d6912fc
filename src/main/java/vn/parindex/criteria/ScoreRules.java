package vn.parindex.criteria;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a unit's score rules from a set's nodes, whether read as a whole tree or in the single
 * scoring statement: a node applies unless it or an area or criterion above it excludes the unit.
 */
final class ScoreRules {

    /** One node as scoring needs it; {@code excluded}: the node itself is marked not applicable to the unit. */
    record Node(
            long id,
            Long parentId,
            NodeLevel level,
            String code,
            Scoring scoring,
            boolean evidenceRequired,
            boolean excluded) {}

    private ScoreRules() {}

    /** The rules of the scored nodes (components and adjustment lines), by node id, in the order given. */
    static Map<Long, ScoreRule> of(List<Node> nodes) {
        Map<Long, Node> byId = new HashMap<>();
        nodes.forEach(node -> byId.put(node.id(), node));
        Map<Long, ScoreRule> rules = new LinkedHashMap<>();
        for (Node node : nodes) {
            if (node.level().scored()) {
                rules.put(
                        node.id(),
                        new ScoreRule(
                                node.id(),
                                node.code(),
                                node.level(),
                                node.scoring(),
                                node.evidenceRequired(),
                                applies(node, byId)));
            }
        }
        return rules;
    }

    private static boolean applies(Node node, Map<Long, Node> byId) {
        for (Node at = node; at != null; at = at.parentId() == null ? null : byId.get(at.parentId())) {
            if (at.excluded()) {
                return false;
            }
        }
        return true;
    }
}
