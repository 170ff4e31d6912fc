package vn.parindex.ranking.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.parindex.criteria.CriteriaCatalog;
import vn.parindex.criteria.CriteriaNodeView;
import vn.parindex.criteria.CriteriaTree;
import vn.parindex.criteria.NodeLevel;
import vn.parindex.criteria.ScoringMethod;
import vn.parindex.organization.UnitSummary;
import vn.parindex.period.PeriodDirectory;
import vn.parindex.period.PeriodSummary;
import vn.parindex.period.RankingBand;
import vn.parindex.ranking.AreaHeading;
import vn.parindex.ranking.PredecessorResult;
import vn.parindex.ranking.ResultCalculator;
import vn.parindex.ranking.UnitInput;
import vn.parindex.ranking.UnrankedUnit;
import vn.parindex.shared.BusinessRuleException;

/**
 * What a block's results are computed from, read in a constant number of statements whatever the
 * number of units: the block's context (areas, bands), per unit and area the points of the applicable
 * components (final scores, survey points of the active import) and the area's applicable maximum,
 * the adjustment lines' sum and why a unit takes no place. Callers check access; this reads for them.
 *
 * <p>A component's area is the area above it in the period's criteria tree (AREA &gt; CRITERION &gt;
 * COMPONENT, or a component directly under its area), known before the scores are read; the markings
 * come from the same tree. A component is not applicable when it, its criterion or its
 * area is marked not applicable to the unit. A score is the final score, else the appraised score,
 * else the unit's own (the same rule as the council's vote draft); units whose appraisal is not
 * final are not ranked anyway.
 */
@Component
public class RankingInputs {

    @PersistenceContext
    private EntityManager entityManager;

    private final CriteriaCatalog catalog;
    private final PeriodDirectory periods;

    RankingInputs(CriteriaCatalog catalog, PeriodDirectory periods) {
        this.catalog = catalog;
        this.periods = periods;
    }

    /** The block's identity, areas (criteria order) and the period's bands for it. */
    public ResultCalculator.BlockContext context(long periodId, long blockId) {
        PeriodSummary period = periods.period(periodId);
        CriteriaTree tree = tree(periodId, blockId);
        Tuple block =
                rows("select name_vi as name_vi, name_en as name_en from org_block where id = ?1", blockId).stream()
                        .findFirst()
                        .orElseThrow(() -> new BusinessRuleException("ranking.blockNotFound"));
        List<RankingBand> bands = periods.bands(periodId).getOrDefault(blockId, List.of());
        return new ResultCalculator.BlockContext(
                periodId,
                period.year(),
                blockId,
                block.get("name_vi", String.class),
                block.get("name_en", String.class),
                headings(tree),
                bands);
    }

    static List<AreaHeading> headings(CriteriaTree tree) {
        return tree.areas().stream()
                .map(area -> new AreaHeading(area.id(), area.code(), area.nameVi(), area.nameEn(), area.total()))
                .toList();
    }

    /** One input per unit of the block (active, or with a self-assessment in the period), in unit order. */
    public List<UnitInput> inputs(long periodId, long blockId) {
        return inputs(periodId, blockId, tree(periodId, blockId));
    }

    List<UnitInput> inputs(long periodId, long blockId, CriteriaTree tree) {
        Map<Long, Map<Long, BigDecimal>> points = new HashMap<>();
        Map<Long, BigDecimal> adjustments = new HashMap<>();
        // 1. final scores per unit: one row per unit, one sum per area and one for the adjustment
        // lines. Which area a component adds to comes from the tree (its ids listed in the statement),
        // so the items are neither joined to the criteria nor grouped on expressions: the rows are
        // read in the assessments' order through covering indexes and summed as they stream by. The
        // few units with something marked not applicable are read per component (statement 1b) and
        // filtered here, instead of probing the markings for each of the block's items.
        Columns columns = Columns.of(tree);
        Map<Long, Set<Long>> notApplicable = new HashMap<>();
        tree.notApplicableUnitsByNode()
                .forEach((nodeId, units) -> units.forEach(unitId -> notApplicable
                        .computeIfAbsent(unitId, id -> new HashSet<>())
                        .add(nodeId)));
        for (Tuple rs : rows(columns.sumsPerUnit(), periodId, blockId)) {
            long unitId = longOf(rs, "unit_id");
            if (notApplicable.containsKey(unitId)) {
                continue;
            }
            for (int c = 0; c < columns.areaIds.size(); c++) {
                BigDecimal value = decimalOf(rs, "c" + c);
                if (value != null) {
                    points.computeIfAbsent(unitId, id -> new HashMap<>())
                            .merge(columns.areaIds.get(c), value, BigDecimal::add);
                }
            }
            BigDecimal adjustment = decimalOf(rs, "adj");
            if (adjustment != null) {
                adjustments.merge(unitId, adjustment, BigDecimal::add);
            }
        }
        String marked = notApplicable.isEmpty()
                ? "-1"
                : notApplicable.keySet().stream().map(String::valueOf).collect(Collectors.joining(","));
        for (Tuple rs : rows("""
                select a.unit_id as unit_id, i.node_id as node_id,
                       coalesce(ai.final_score, ai.appraised_score, i.self_score) as points
                from self_assessment a
                join org_unit u on u.id = a.unit_id
                join score_item i on i.assessment_id = a.id
                left join appraisal_item ai on ai.score_item_id = i.id
                where a.period_id = ?1 and u.block_id = ?2 and a.unit_id in (%s)
                """.formatted(marked), periodId, blockId)) {
            long unitId = longOf(rs, "unit_id");
            long nodeId = longOf(rs, "node_id");
            BigDecimal value = decimalOf(rs, "points");
            Set<Long> markings = notApplicable.get(unitId);
            if (value == null || markings == null || !columns.counts(nodeId) || columns.excluded(nodeId, markings)) {
                continue;
            }
            Long areaId = columns.areaOf.get(nodeId);
            if (areaId == null) {
                adjustments.merge(unitId, value, BigDecimal::add);
            } else {
                points.computeIfAbsent(unitId, id -> new HashMap<>()).merge(areaId, value, BigDecimal::add);
            }
        }
        // 2. survey points of the active import, per unit and area
        for (Tuple rs : rows("""
                select sp.unit_id as unit_id, coalesce(p.parent_id, p.id) as area_id, sum(sp.points) as points
                from survey_point sp
                join survey_import si on si.id = sp.import_id
                join org_unit u on u.id = sp.unit_id
                join criteria_node n on n.id = sp.node_id
                join criteria_node p on p.id = n.parent_id
                where si.period_id = ?1 and si.active = true and u.block_id = ?2
                  and not exists (select 1 from criteria_not_applicable na
                                  where na.unit_id = sp.unit_id
                                    and (na.node_id = n.id or na.node_id = p.id or na.node_id = p.parent_id))
                group by sp.unit_id, coalesce(p.parent_id, p.id)
                """, periodId, blockId)) {
            points.computeIfAbsent(longOf(rs, "unit_id"), id -> new HashMap<>())
                    .merge(longOf(rs, "area_id"), decimalOf(rs, "points"), BigDecimal::add);
        }
        // 3. the block's units and their appraisal state; the areas' maximum is the same for every
        // unit with nothing marked not applicable
        Set<Long> excluded = new HashSet<>();
        tree.notApplicableUnitsByNode().values().forEach(excluded::addAll);
        Map<Long, BigDecimal> fullMaximum = Map.copyOf(maximum(tree, -1L));
        List<UnitInput> inputs = new ArrayList<>();
        for (Tuple rs : rows("""
                select u.id, u.code, u.name_vi, u.name_en, u.short_name, u.block_id, b.code as block_code,
                       u.ranked, u.active, u.head_name, u.head_title_vi, u.head_title_en, u.sort_order, u.version,
                       ap.status as appraisal_status, ap.not_ranked, ap.not_ranked_reason
                from org_unit u
                join org_block b on b.id = u.block_id
                left join self_assessment a on a.unit_id = u.id and a.period_id = ?1
                left join appraisal ap on ap.assessment_id = a.id
                where u.block_id = ?2 and (u.active = true or a.id is not null)
                order by u.sort_order, u.code
                """, periodId, blockId)) {
            long unitId = longOf(rs, "id");
            UnitSummary unit = new UnitSummary(
                    unitId,
                    rs.get("code", String.class),
                    rs.get("name_vi", String.class),
                    rs.get("name_en", String.class),
                    rs.get("short_name", String.class),
                    longOf(rs, "block_id"),
                    rs.get("block_code", String.class),
                    boolOf(rs, "ranked"),
                    boolOf(rs, "active"),
                    rs.get("head_name", String.class),
                    rs.get("head_title_vi", String.class),
                    rs.get("head_title_en", String.class),
                    intOf(rs, "sort_order"),
                    longOf(rs, "version"));
            String status = rs.get("appraisal_status", String.class);
            boolean councilNotRanked = boolOf(rs, "not_ranked");
            UnrankedUnit.Reason reason = null;
            String note = null;
            if (!unit.ranked()) {
                reason = UnrankedUnit.Reason.UNIT_NOT_RANKED;
            } else if (councilNotRanked) {
                reason = UnrankedUnit.Reason.COUNCIL_DECISION;
                note = rs.get("not_ranked_reason", String.class);
            } else if (!"FINAL".equals(status)) {
                reason = UnrankedUnit.Reason.NOT_APPRAISED;
            }
            Map<Long, BigDecimal> maximum = excluded.contains(unitId) ? maximum(tree, unitId) : fullMaximum;
            inputs.add(new UnitInput(
                    unit,
                    reason,
                    note,
                    points.getOrDefault(unitId, Map.of()),
                    maximum,
                    adjustments.getOrDefault(unitId, BigDecimal.ZERO)));
        }
        return inputs;
    }

    /**
     * The scored nodes of a criteria set as the sum statement's columns: per area its components
     * (survey components excepted: their points come from the survey import), and the adjustment
     * lines; each node's parent and grandparent, to test the markings.
     */
    private record Columns(
            List<Long> areaIds,
            List<List<Long>> componentIds,
            List<Long> adjustmentIds,
            Map<Long, Long> areaOf,
            Map<Long, Long> parentOf) {

        static Columns of(CriteriaTree tree) {
            List<Long> areaIds = new ArrayList<>();
            List<List<Long>> componentIds = new ArrayList<>();
            Map<Long, Long> areaOf = new HashMap<>();
            Map<Long, Long> parentOf = new HashMap<>();
            for (CriteriaNodeView area : tree.areas()) {
                List<Long> ids = new ArrayList<>();
                collect(area, area.id(), ids, areaOf, parentOf);
                areaIds.add(area.id());
                componentIds.add(ids);
            }
            List<Long> adjustmentIds = new ArrayList<>();
            for (CriteriaNodeView line : tree.adjustments()) {
                if (!survey(line)) {
                    adjustmentIds.add(line.id());
                    parentOf.put(line.id(), line.parentId());
                }
            }
            return new Columns(areaIds, componentIds, adjustmentIds, areaOf, parentOf);
        }

        private static void collect(
                CriteriaNodeView node, long areaId, List<Long> ids, Map<Long, Long> areaOf, Map<Long, Long> parentOf) {
            parentOf.put(node.id(), node.parentId());
            if (node.level() == NodeLevel.COMPONENT && !survey(node)) {
                ids.add(node.id());
                areaOf.put(node.id(), areaId);
            }
            node.children().forEach(child -> collect(child, areaId, ids, areaOf, parentOf));
        }

        private static boolean survey(CriteriaNodeView node) {
            return node.scoring() != null && node.method() == ScoringMethod.SURVEY;
        }

        /** Whether the node's score counts (a non-survey component or adjustment line of the set). */
        boolean counts(long nodeId) {
            return areaOf.containsKey(nodeId) || adjustmentIds.contains(nodeId);
        }

        /** Whether the node, its criterion or its area is marked not applicable. */
        boolean excluded(long nodeId, Set<Long> markings) {
            Long parent = parentOf.get(nodeId);
            Long grandparent = parent == null ? null : parentOf.get(parent);
            return markings.contains(nodeId)
                    || (parent != null && markings.contains(parent))
                    || (grandparent != null && markings.contains(grandparent));
        }

        /** Per unit of the block: one sum per area (c0, c1, ...) and the adjustment lines' (adj). */
        String sumsPerUnit() {
            String score = "coalesce(ai.final_score, ai.appraised_score, i.self_score)";
            StringBuilder sql = new StringBuilder("select a.unit_id as unit_id");
            for (int c = 0; c < componentIds.size(); c++) {
                sql.append(",\n       ")
                        .append(sumOf(componentIds.get(c), score))
                        .append(" as c")
                        .append(c);
            }
            sql.append(",\n       ").append(sumOf(adjustmentIds, score)).append(" as adj");
            return sql.append("""

                    from self_assessment a
                    join org_unit u on u.id = a.unit_id
                    join score_item i on i.assessment_id = a.id
                    left join appraisal_item ai on ai.score_item_id = i.id
                    where a.period_id = ?1 and u.block_id = ?2
                    group by a.unit_id
                    """).toString();
        }

        private static String sumOf(List<Long> ids, String score) {
            if (ids.isEmpty()) {
                return "null";
            }
            return "sum(case when i.node_id in ("
                    + ids.stream().map(String::valueOf).collect(Collectors.joining(","))
                    + ") then " + score + " end)";
        }
    }

    /** Per area, its maximum applicable to the unit (no unit has id -1: nothing marked not applicable). */
    private static Map<Long, BigDecimal> maximum(CriteriaTree tree, long unitId) {
        Map<Long, BigDecimal> maximum = new LinkedHashMap<>();
        for (CriteriaNodeView area : tree.areas()) {
            maximum.put(area.id(), tree.applicableTotal(area, unitId));
        }
        return maximum;
    }

    /**
     * Last year's published ranks of the block (the latest revision of the publication for the period
     * of the year before). A unit formed by a merger has no previous rank (it is NEW), even when its id
     * was ranked last year: see {@link #predecessorResults} for its predecessors' results.
     */
    public Map<Long, Integer> previousRanks(long periodId, long blockId) {
        Optional<PeriodSummary> previous =
                periods.byYear(periods.period(periodId).year() - 1);
        if (previous.isEmpty()) {
            return Map.of();
        }
        Map<Long, Integer> ranks = new HashMap<>();
        for (Tuple rs : rows("""
                select r.unit_id, r.rank_place
                from ranking_result r
                join ranking_publication p on p.id = r.publication_id
                where p.period_id = ?1 and p.block_id = ?2 and r.rank_place is not null
                  and p.revision = (select max(q.revision) from ranking_publication q
                                    where q.period_id = p.period_id and q.block_id = p.block_id)
                  and not exists (select 1 from unit_predecessor up where up.unit_id = r.unit_id)
                """, previous.get().id(), blockId)) {
            ranks.put(longOf(rs, "unit_id"), intOf(rs, "rank_place"));
        }
        return ranks;
    }

    /**
     * For each unit of the block formed by a merger: its predecessors' last published results before
     * this period (latest revision, any block), for reference. One statement.
     */
    public Map<Long, List<PredecessorResult>> predecessorResults(long periodId, long blockId) {
        int year = periods.period(periodId).year();
        Map<Long, List<PredecessorResult>> byUnit = new LinkedHashMap<>();
        for (Tuple rs : rows("""
                select up.unit_id, up.predecessor_id, r.unit_code, r.unit_name_vi, r.unit_name_en,
                       p.year, r.rank_place, r.result_index
                from unit_predecessor up
                join org_unit u on u.id = up.unit_id
                join ranking_result r on r.unit_id = up.predecessor_id
                join ranking_publication p on p.id = r.publication_id
                where u.block_id = ?1 and p.year < ?2
                  and p.year = (select max(p2.year) from ranking_publication p2
                                join ranking_result r2 on r2.publication_id = p2.id
                                where r2.unit_id = up.predecessor_id and p2.year < ?3)
                  and p.revision = (select max(q.revision) from ranking_publication q
                                    where q.period_id = p.period_id and q.block_id = p.block_id)
                order by up.unit_id, r.unit_code
                """, blockId, year, year)) {
            long unitId = longOf(rs, "unit_id");
            Integer place = intOf(rs, "rank_place");
            byUnit.computeIfAbsent(unitId, id -> new ArrayList<>())
                    .add(new PredecessorResult(
                            unitId,
                            longOf(rs, "predecessor_id"),
                            rs.get("unit_code", String.class),
                            rs.get("unit_name_vi", String.class),
                            rs.get("unit_name_en", String.class),
                            intOf(rs, "year"),
                            place,
                            decimalOf(rs, "result_index")));
        }
        return byUnit;
    }

    CriteriaTree tree(long periodId, long blockId) {
        return catalog.tree(catalog.set(periodId, blockId)
                .orElseThrow(() -> new BusinessRuleException("ranking.noCriteria"))
                .setId());
    }

    private List<Tuple> rows(String sql, Object... parameters) {
        var query = entityManager.createNativeQuery(sql, Tuple.class);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        @SuppressWarnings("unchecked")
        List<Tuple> result = query.getResultList();
        return result;
    }

    private static Long longOf(Tuple tuple, String alias) {
        Object value = tuple.get(alias);
        return value == null ? null : ((Number) value).longValue();
    }

    private static Integer intOf(Tuple tuple, String alias) {
        Object value = tuple.get(alias);
        return value == null ? null : ((Number) value).intValue();
    }

    private static boolean boolOf(Tuple tuple, String alias) {
        Object value = tuple.get(alias);
        if (value instanceof Boolean bool) {
            return bool;
        }
        return value != null && ((Number) value).intValue() != 0;
    }

    private static BigDecimal decimalOf(Tuple tuple, String alias) {
        Object value = tuple.get(alias);
        if (value == null) {
            return null;
        }
        return value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
    }
}
