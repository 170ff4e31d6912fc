package vn.parindex.ranking.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.parindex.criteria.CriteriaNodeView;
import vn.parindex.criteria.CriteriaTree;
import vn.parindex.criteria.MappingKind;
import vn.parindex.criteria.NodeLevel;
import vn.parindex.criteria.ScoringMethod;
import vn.parindex.ranking.DetailLine;

/**
 * A unit's points per node of a criteria set, and its breakdown against last year through the node
 * mapping. Pure arithmetic over a tree and the unit's scores.
 */
public final class Breakdown {

    private Breakdown() {}

    /** The points that count per node (components, adjustment lines, criteria and areas); zero where nothing applies. */
    public static Map<Long, BigDecimal> points(CriteriaTree tree, long unitId, UnitScores scores) {
        Map<Long, BigDecimal> points = new HashMap<>();
        for (CriteriaNodeView area : tree.areas()) {
            sum(area, tree, unitId, scores, true, points);
        }
        for (CriteriaNodeView line : tree.adjustments()) {
            points.put(line.id(), tree.applicable(line.id(), unitId) ? leafPoints(line, scores) : BigDecimal.ZERO);
        }
        return points;
    }

    /** The sum of the unit's applicable adjustment lines. */
    public static BigDecimal adjustments(CriteriaTree tree, Map<Long, BigDecimal> points) {
        return tree.adjustments().stream()
                .map(line -> points.getOrDefault(line.id(), BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The unit's total: areas' points plus adjustments. */
    public static BigDecimal total(CriteriaTree tree, Map<Long, BigDecimal> points) {
        BigDecimal total = adjustments(tree, points);
        for (CriteriaNodeView area : tree.areas()) {
            total = total.add(points.getOrDefault(area.id(), BigDecimal.ZERO));
        }
        return total;
    }

    /**
     * The breakdown lines (areas with their criteria and components, then the adjustment lines), with
     * last year's points through each node's mapping when a previous tree is given.
     */
    public static List<DetailLine> lines(
            CriteriaTree tree, long unitId, UnitScores scores, CriteriaTree previous, UnitScores previousScores) {
        Map<Long, BigDecimal> points = points(tree, unitId, scores);
        Map<Long, BigDecimal> selfPoints = new HashMap<>();
        for (CriteriaNodeView area : tree.areas()) {
            sum(area, tree, unitId, scores, false, selfPoints);
        }
        Map<Long, BigDecimal> previousPoints = previous == null ? Map.of() : points(previous, unitId, previousScores);
        Map<Long, String> previousCodes = new HashMap<>();
        if (previous != null) {
            previous.allNodes().forEach(node -> previousCodes.put(node.id(), node.code()));
        }
        Context context =
                new Context(tree, unitId, scores, points, selfPoints, previous != null, previousPoints, previousCodes);
        List<DetailLine> lines = new ArrayList<>();
        tree.areas().forEach(area -> lines.add(line(area, context, true)));
        tree.adjustments().forEach(adjustment -> lines.add(line(adjustment, context, true)));
        return lines;
    }

    private record Context(
            CriteriaTree tree,
            long unitId,
            UnitScores scores,
            Map<Long, BigDecimal> points,
            Map<Long, BigDecimal> selfPoints,
            boolean hasPrevious,
            Map<Long, BigDecimal> previousPoints,
            Map<Long, String> previousCodes) {}

    private static DetailLine line(CriteriaNodeView node, Context context, boolean parentApplicable) {
        boolean applicable = parentApplicable && context.tree().applicable(node.id(), context.unitId());
        boolean survey = node.method() == ScoringMethod.SURVEY;
        boolean leaf = node.level().scored();
        UnitScores.Item item = context.scores().items().get(node.id());
        BigDecimal self;
        BigDecimal finalScore;
        if (leaf) {
            self = !applicable || survey || item == null ? null : item.self();
            finalScore = !applicable
                    ? null
                    : survey ? context.scores().survey().get(node.id()) : item == null ? null : item.points();
        } else {
            self = applicable ? context.selfPoints().get(node.id()) : null;
            finalScore = applicable ? context.points().get(node.id()) : null;
        }
        List<String> sources = node.sourceIds().stream()
                .map(id -> context.previousCodes().get(id))
                .filter(code -> code != null)
                .sorted()
                .toList();
        BigDecimal lastYear = null;
        if (context.hasPrevious() && node.mapping() != MappingKind.NEW && !sources.isEmpty()) {
            lastYear = node.sourceIds().stream()
                    .map(id -> context.previousPoints().get(id))
                    .filter(value -> value != null)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        List<DetailLine> children = node.children().stream()
                .map(child -> line(child, context, applicable))
                .toList();
        return new DetailLine(
                node.id(),
                node.level(),
                node.code(),
                node.nameVi(),
                node.nameEn(),
                applicable,
                survey,
                applicable ? context.tree().applicableTotal(node, context.unitId()) : BigDecimal.ZERO,
                self,
                leaf && applicable && item != null ? item.appraised() : null,
                finalScore,
                explanation(leaf ? item : null),
                node.mapping() == null ? MappingKind.NEW : node.mapping(),
                sources,
                lastYear,
                children);
    }

    private static DetailLine.Explanation explanation(UnitScores.Item item) {
        if (item == null || !item.asked()) {
            return DetailLine.Explanation.NONE;
        }
        if (item.accepted() != null) {
            return item.accepted() ? DetailLine.Explanation.ACCEPTED : DetailLine.Explanation.REJECTED;
        }
        return item.answered() ? DetailLine.Explanation.ANSWERED : DetailLine.Explanation.ASKED;
    }

    /**
     * Sums the unit's points (or its own scores when {@code counted} is false) below a node into
     * {@code into}, for the node and every descendant; excluded nodes count zero.
     */
    private static BigDecimal sum(
            CriteriaNodeView node,
            CriteriaTree tree,
            long unitId,
            UnitScores scores,
            boolean counted,
            Map<Long, BigDecimal> into) {
        BigDecimal value;
        if (!tree.applicable(node.id(), unitId)) {
            value = BigDecimal.ZERO;
            zero(node, into);
        } else if (node.level() == NodeLevel.COMPONENT) {
            value = counted ? leafPoints(node, scores) : selfPoints(node, scores);
        } else {
            value = BigDecimal.ZERO;
            for (CriteriaNodeView child : node.children()) {
                value = value.add(sum(child, tree, unitId, scores, counted, into));
            }
        }
        into.put(node.id(), value);
        return value;
    }

    private static void zero(CriteriaNodeView node, Map<Long, BigDecimal> into) {
        into.put(node.id(), BigDecimal.ZERO);
        node.children().forEach(child -> zero(child, into));
    }

    private static BigDecimal leafPoints(CriteriaNodeView node, UnitScores scores) {
        if (node.method() == ScoringMethod.SURVEY) {
            return scores.survey().getOrDefault(node.id(), BigDecimal.ZERO);
        }
        UnitScores.Item item = scores.items().get(node.id());
        BigDecimal points = item == null ? null : item.points();
        return points == null ? BigDecimal.ZERO : points;
    }

    private static BigDecimal selfPoints(CriteriaNodeView node, UnitScores scores) {
        if (node.method() == ScoringMethod.SURVEY) {
            return BigDecimal.ZERO;
        }
        UnitScores.Item item = scores.items().get(node.id());
        return item == null || item.self() == null ? BigDecimal.ZERO : item.self();
    }
}
