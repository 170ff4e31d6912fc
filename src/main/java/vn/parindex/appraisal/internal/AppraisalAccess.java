package vn.parindex.appraisal.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.parindex.criteria.CriteriaNodeView;
import vn.parindex.criteria.CriteriaTree;
import vn.parindex.criteria.NodeLevel;
import vn.parindex.criteria.ScoreRule;
import vn.parindex.period.Phase;
import vn.parindex.security.CurrentUser;
import vn.parindex.shared.BusinessRuleException;

/** The council's rules on who may act on a unit's appraisal, and when. */
public final class AppraisalAccess {

    private AppraisalAccess() {}

    /**
     * Refuses a member acting on their own unit (conflict of interest, whatever their roles) or on a
     * unit they are not assigned to.
     */
    public static void requireAssigned(CurrentUser user, long unitId, Set<Long> areas) {
        requireNotOwnUnit(user, unitId);
        if (areas.isEmpty()) {
            throw new BusinessRuleException("appraisal.notAssigned");
        }
    }

    public static void requireNotOwnUnit(CurrentUser user, long unitId) {
        if (user.unitId() != null && user.unitId() == unitId) {
            throw new BusinessRuleException("appraisal.ownUnit");
        }
    }

    public static void requirePhase(Phase current, Phase needed) {
        if (current != needed) {
            throw new BusinessRuleException("appraisal.phase." + needed.name());
        }
    }

    /**
     * The scored nodes a member may work on: every one for the whole unit (area 0), otherwise those
     * under their areas plus the adjustment lines, which belong to no area.
     */
    public static Set<Long> editableNodes(Set<Long> areas, Map<Long, ScoreRule> rules, CriteriaTree tree) {
        if (areas.contains(0L)) {
            return Set.copyOf(rules.keySet());
        }
        Set<Long> nodes = new HashSet<>();
        for (CriteriaNodeView area : tree.areas()) {
            if (areas.contains(area.id())) {
                collect(area, nodes);
            }
        }
        tree.adjustments().forEach(line -> nodes.add(line.id()));
        nodes.retainAll(rules.keySet());
        return nodes;
    }

    /** The scored nodes under one area. */
    public static Set<Long> under(CriteriaNodeView area) {
        Set<Long> nodes = new HashSet<>();
        collect(area, nodes);
        return nodes;
    }

    private static void collect(CriteriaNodeView node, Set<Long> into) {
        if (node.level() == NodeLevel.COMPONENT || node.level() == NodeLevel.ADJUSTMENT) {
            into.add(node.id());
        }
        List<CriteriaNodeView> children = node.children();
        children.forEach(child -> collect(child, into));
    }
}
