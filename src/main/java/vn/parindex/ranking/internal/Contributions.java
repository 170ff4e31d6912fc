package vn.parindex.ranking.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.parindex.criteria.CriteriaNodeView;
import vn.parindex.criteria.CriteriaTree;
import vn.parindex.criteria.MappingKind;
import vn.parindex.criteria.NodeLevel;
import vn.parindex.ranking.Contribution;
import vn.parindex.ranking.RankExplanation;
import vn.parindex.ranking.ResultIndex;
import vn.parindex.ranking.UnitMove;
import vn.parindex.ranking.UnitResultRow;

/**
 * The rank-change explanation's arithmetic. A node's contribution is its share of this year's index
 * less its sources' share of last year's: {@code 100 x p / M - 100 x p' / M'} with {@code M}, {@code M'}
 * the unit's applicable maxima, so a node that kept its points still contributes when the maximum
 * changed. Nodes that share a source (SPLIT) are compared together with it; last year's nodes nobody
 * continues are REMOVED. Over the areas plus the adjustments the contributions add up to the index
 * change before rounding (each is rounded half up to two decimals).
 */
public final class Contributions {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int HEADROOM = 12;

    private Contributions() {}

    /** One year of a unit: the set and the unit's points per node. */
    public record Year(int year, CriteriaTree tree, long unitId, UnitScores scores) {

        Map<Long, BigDecimal> points() {
            return Breakdown.points(tree, unitId, scores);
        }

        BigDecimal maximum() {
            return tree.maximumFor(unitId);
        }
    }

    /**
     * @param previous last year, null when the unit has nothing to compare with
     * @param ranked this year's ranked rows of the block (with last year's ranks), for who overtook whom
     */
    public static RankExplanation explain(Year current, Year previous, List<UnitResultRow> ranked) {
        Map<Long, BigDecimal> points = current.points();
        BigDecimal maximum = current.maximum();
        BigDecimal index = index(Breakdown.total(current.tree(), points), maximum);
        if (previous == null) {
            return new RankExplanation(
                    current.year(), null, index, null, null, List.of(), List.of(), List.of(), List.of());
        }
        Map<Long, BigDecimal> previousPoints = previous.points();
        BigDecimal previousMaximum = previous.maximum();
        BigDecimal previousIndex = index(Breakdown.total(previous.tree(), previousPoints), previousMaximum);
        Shares shares = new Shares(points, maximum, previousPoints, previousMaximum);
        List<Contribution> areas = compare(current.tree(), previous.tree(), NodeLevel.AREA, shares);
        BigDecimal adjustments = Breakdown.adjustments(current.tree(), points);
        BigDecimal previousAdjustments = Breakdown.adjustments(previous.tree(), previousPoints);
        if (!current.tree().adjustments().isEmpty()
                || !previous.tree().adjustments().isEmpty()) {
            areas.add(new Contribution(
                    Contribution.Kind.ADJUSTMENTS,
                    List.of(),
                    "Điểm thưởng, điểm trừ",
                    "Bonus and penalty points",
                    List.of(),
                    adjustments,
                    previousAdjustments,
                    shares.difference(adjustments, previousAdjustments)));
        }
        areas.sort(LARGEST_FIRST);
        List<Contribution> criteria = compare(current.tree(), previous.tree(), NodeLevel.CRITERION, shares);
        criteria.removeIf(contribution -> contribution.indexPoints().signum() == 0);
        criteria.sort(LARGEST_FIRST);
        BigDecimal change = index == null || previousIndex == null ? null : index.subtract(previousIndex);
        List<UnitMove> overtook = new ArrayList<>();
        List<UnitMove> overtakenBy = new ArrayList<>();
        swaps(current.unitId(), ranked, overtook, overtakenBy);
        return new RankExplanation(
                current.year(), previous.year(), index, previousIndex, change, areas, criteria, overtook, overtakenBy);
    }

    private static final Comparator<Contribution> LARGEST_FIRST = Comparator.comparing(
                    (Contribution contribution) -> contribution.indexPoints().abs())
            .reversed()
            .thenComparing(contribution -> String.join(",", contribution.codes()));

    /**
     * Units whose order relative to {@code unitId} swapped: ahead of it last year and behind it now
     * (overtaken by it), or the reverse. Units without a rank in either year are left out, and so are
     * ties (neither ahead nor behind).
     */
    public static void swaps(
            long unitId, List<UnitResultRow> ranked, List<UnitMove> overtook, List<UnitMove> overtakenBy) {
        UnitResultRow own = ranked.stream()
                .filter(row -> row.unitId() == unitId)
                .findFirst()
                .orElse(null);
        if (own == null || own.previousRank() == null) {
            return;
        }
        for (UnitResultRow other : ranked) {
            if (other.unitId() == unitId || other.previousRank() == null) {
                continue;
            }
            UnitMove move = new UnitMove(
                    other.unitId(),
                    other.unitCode(),
                    other.unitNameVi(),
                    other.unitNameEn(),
                    other.previousRank(),
                    other.rank());
            if (other.previousRank() < own.previousRank() && other.rank() > own.rank()) {
                overtook.add(move);
            } else if (other.previousRank() > own.previousRank() && other.rank() < own.rank()) {
                overtakenBy.add(move);
            }
        }
        overtook.sort(Comparator.comparingInt(UnitMove::rank));
        overtakenBy.sort(Comparator.comparingInt(UnitMove::rank));
    }

    /** The published index (two decimals, within 0 and 100), null when nothing applies. */
    static BigDecimal index(BigDecimal total, BigDecimal maximum) {
        ResultIndex result = new ResultIndex(total, maximum);
        return result.hasIndex() ? result.index() : null;
    }

    private record Shares(
            Map<Long, BigDecimal> points,
            BigDecimal maximum,
            Map<Long, BigDecimal> previousPoints,
            BigDecimal previousMaximum) {

        BigDecimal difference(BigDecimal now, BigDecimal before) {
            return share(now, maximum)
                    .subtract(share(before, previousMaximum))
                    .setScale(ResultIndex.SCALE, RoundingMode.HALF_UP);
        }

        private static BigDecimal share(BigDecimal value, BigDecimal maximum) {
            if (maximum.signum() <= 0) {
                return BigDecimal.ZERO;
            }
            return value.multiply(HUNDRED).divide(maximum, ResultIndex.SCALE + HEADROOM, RoundingMode.HALF_UP);
        }
    }

    /**
     * Compares this year's nodes of a level with last year's through the mapping: nodes sharing a
     * source form one group (a split), each group against its sources; last year's nodes of the level
     * that no group continues are removed.
     */
    private static List<Contribution> compare(
            CriteriaTree tree, CriteriaTree previousTree, NodeLevel level, Shares shares) {
        List<CriteriaNodeView> nodes =
                tree.allNodes().stream().filter(node -> node.level() == level).toList();
        Map<Long, CriteriaNodeView> previousById = new HashMap<>();
        previousTree.allNodes().forEach(node -> previousById.put(node.id(), node));
        // Group this year's nodes that share a source (parts of one split node).
        Map<Long, List<CriteriaNodeView>> groupBySource = new LinkedHashMap<>();
        List<List<CriteriaNodeView>> groups = new ArrayList<>();
        for (CriteriaNodeView node : nodes) {
            Set<Long> sources = knownSources(node, previousById);
            List<CriteriaNodeView> group = null;
            for (Long source : sources) {
                if (groupBySource.containsKey(source)) {
                    group = groupBySource.get(source);
                    break;
                }
            }
            if (group == null) {
                group = new ArrayList<>();
                groups.add(group);
            }
            group.add(node);
            for (Long source : sources) {
                groupBySource.put(source, group);
            }
        }
        List<Contribution> contributions = new ArrayList<>();
        Set<Long> continued = new LinkedHashSet<>(groupBySource.keySet());
        for (List<CriteriaNodeView> group : groups) {
            Set<Long> sources = new LinkedHashSet<>();
            group.forEach(node -> sources.addAll(knownSources(node, previousById)));
            BigDecimal now = group.stream()
                    .map(node -> shares.points().getOrDefault(node.id(), BigDecimal.ZERO))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal before = sources.stream()
                    .map(id -> shares.previousPoints().getOrDefault(id, BigDecimal.ZERO))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            CriteriaNodeView first = group.get(0);
            contributions.add(new Contribution(
                    kind(group, sources),
                    group.stream().map(CriteriaNodeView::code).toList(),
                    first.nameVi(),
                    first.nameEn(),
                    sources.stream()
                            .map(id -> previousById.get(id).code())
                            .sorted()
                            .toList(),
                    now,
                    sources.isEmpty() ? null : before,
                    shares.difference(now, before)));
        }
        for (CriteriaNodeView old : previousTree.allNodes()) {
            if (old.level() == level && !continued.contains(old.id())) {
                BigDecimal before = shares.previousPoints().getOrDefault(old.id(), BigDecimal.ZERO);
                contributions.add(new Contribution(
                        Contribution.Kind.REMOVED,
                        List.of(),
                        old.nameVi(),
                        old.nameEn(),
                        List.of(old.code()),
                        null,
                        before,
                        shares.difference(BigDecimal.ZERO, before)));
            }
        }
        return contributions;
    }

    private static Set<Long> knownSources(CriteriaNodeView node, Map<Long, CriteriaNodeView> previousById) {
        if (node.mapping() == null || node.mapping() == MappingKind.NEW) {
            return Set.of();
        }
        Set<Long> sources = new LinkedHashSet<>();
        for (Long id : node.sourceIds()) {
            if (previousById.containsKey(id)) {
                sources.add(id);
            }
        }
        return sources;
    }

    private static Contribution.Kind kind(List<CriteriaNodeView> group, Set<Long> sources) {
        if (sources.isEmpty()) {
            return Contribution.Kind.NEW;
        }
        if (group.size() > 1) {
            return Contribution.Kind.SPLIT;
        }
        return switch (group.get(0).mapping()) {
            case RENAMED -> Contribution.Kind.RENAMED;
            case SPLIT -> Contribution.Kind.SPLIT;
            case MERGED -> Contribution.Kind.MERGED;
            default -> sources.size() > 1 ? Contribution.Kind.MERGED : Contribution.Kind.SAME;
        };
    }
}
