package vn.parindex.ranking.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.parindex.criteria.CriteriaCatalog;
import vn.parindex.criteria.CriteriaNodeView;
import vn.parindex.criteria.CriteriaTree;
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
 * <p>A component's area is found through its parent chain (AREA &gt; CRITERION &gt; COMPONENT, or a
 * component directly under its area, mapped in Java from the tree); a component is not applicable
 * when it, its criterion or its area is marked not applicable to the unit: the sums are taken without
 * applicability (a plain join and group, the cost of a bare SUM) and the scores of the few excluded
 * (unit, item) pairs, known from the tree, are read in one more statement and taken back out (one
 * per 10,000 pairs). A score is the final score, else the appraised score, else the unit's own (the
 * same rule as the council's vote draft); units whose appraisal is not final are not ranked anyway.
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
        Map<Long, Long> areaOf = areaOf(tree);
        Map<Long, Map<Long, BigDecimal>> points = new HashMap<>();
        Map<Long, BigDecimal> adjustments = new HashMap<>();
        // 1. final scores per unit and criterion (or area, for a component right under it); adjustment
        // lines per unit. No applicability here: the plain join and sum, like a bare SUM .. GROUP BY.
        for (Tuple rs : rows("""
                select a.unit_id as unit_id, n.level as level, n.parent_id as parent_id,
                       sum(coalesce(ai.final_score, ai.appraised_score, i.self_score)) as points
                from self_assessment a
                join org_unit u on u.id = a.unit_id
                join score_item i on i.assessment_id = a.id
                join criteria_node n on n.id = i.node_id
                left join appraisal_item ai on ai.score_item_id = i.id
                where a.period_id = ?1 and u.block_id = ?2 and n.set_id = ?3
                  and n.level in ('COMPONENT', 'ADJUSTMENT')
                  and (n.method is null or n.method <> 'SURVEY')
                group by a.unit_id, n.level, n.parent_id
                """, periodId, blockId, tree.setId())) {
            add(
                    points,
                    adjustments,
                    areaOf,
                    longOf(rs, "unit_id"),
                    rs.get("level", String.class),
                    longOf(rs, "parent_id"),
                    decimalOf(rs, "points"),
                    false);
        }
        // 1b. what does not apply is taken back out: the scores of the few (unit, item) pairs excluded by
        // the tree's not-applicable marks (on the item, its criterion or its area), one statement
        Map<Long, CriteriaNodeView> nodes = new HashMap<>();
        tree.allNodes().forEach(node -> nodes.put(node.id(), node));
        List<long[]> excluded = excluded(tree, nodes);
        for (int from = 0; from < excluded.size(); from += 10_000) {
            List<long[]> chunk = excluded.subList(from, Math.min(excluded.size(), from + 10_000));
            StringBuilder pairs = new StringBuilder();
            List<Object> parameters = new ArrayList<>(List.of(periodId));
            for (long[] pair : chunk) {
                pairs.append(pairs.isEmpty() ? "" : ", ")
                        .append("(?")
                        .append(parameters.size() + 1)
                        .append(", ?")
                        .append(parameters.size() + 2)
                        .append(')');
                parameters.add(pair[0]);
                parameters.add(pair[1]);
            }
            for (Tuple rs : rows("""
                    select a.unit_id as unit_id, n.level as level, n.parent_id as parent_id,
                           coalesce(ai.final_score, ai.appraised_score, i.self_score) as points
                    from self_assessment a
                    join score_item i on i.assessment_id = a.id
                    join criteria_node n on n.id = i.node_id
                    left join appraisal_item ai on ai.score_item_id = i.id
                    where a.period_id = ?1 and (n.method is null or n.method <> 'SURVEY')
                      and (a.unit_id, i.node_id) in (%s)
                    """.formatted(pairs), parameters.toArray())) {
                add(
                        points,
                        adjustments,
                        areaOf,
                        longOf(rs, "unit_id"),
                        rs.get("level", String.class),
                        longOf(rs, "parent_id"),
                        decimalOf(rs, "points"),
                        true);
            }
        }
        // 2. survey points of the active import, per unit and component (a few per unit), where they apply
        for (Tuple rs : rows("""
                select sp.unit_id as unit_id, sp.node_id as node_id, sum(sp.points) as points
                from survey_point sp
                join survey_import si on si.id = sp.import_id
                join org_unit u on u.id = sp.unit_id
                where si.period_id = ?1 and si.active = true and u.block_id = ?2
                group by sp.unit_id, sp.node_id
                """, periodId, blockId)) {
            long unitId = longOf(rs, "unit_id");
            CriteriaNodeView node = nodes.get(longOf(rs, "node_id"));
            if (node == null || !appliesWithParents(tree, nodes, node, unitId)) {
                continue;
            }
            add(
                    points,
                    adjustments,
                    areaOf,
                    unitId,
                    node.level().name(),
                    node.parentId(),
                    decimalOf(rs, "points"),
                    false);
        }
        // 3. the block's units and their appraisal state
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
            Map<Long, BigDecimal> maximum = new LinkedHashMap<>();
            for (CriteriaNodeView area : tree.areas()) {
                maximum.put(area.id(), tree.applicableTotal(area, unitId));
            }
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

    /** Criterion or area id to its area id. */
    private static Map<Long, Long> areaOf(CriteriaTree tree) {
        Map<Long, Long> areaOf = new HashMap<>();
        for (CriteriaNodeView area : tree.areas()) {
            areaOf.put(area.id(), area.id());
            area.children().forEach(child -> areaOf.put(child.id(), area.id()));
        }
        return areaOf;
    }

    private static void add(
            Map<Long, Map<Long, BigDecimal>> points,
            Map<Long, BigDecimal> adjustments,
            Map<Long, Long> areaOf,
            long unitId,
            String level,
            Long parentId,
            BigDecimal value,
            boolean takeOut) {
        if (value == null) {
            return;
        }
        BigDecimal signed = takeOut ? value.negate() : value;
        if ("ADJUSTMENT".equals(level)) {
            adjustments.merge(unitId, signed, BigDecimal::add);
            return;
        }
        Long area = parentId == null ? null : areaOf.get(parentId);
        if (area != null) {
            points.computeIfAbsent(unitId, id -> new HashMap<>()).merge(area, signed, BigDecimal::add);
        }
    }

    /** Whether a node applies to the unit, itself and through its parents. */
    private static boolean appliesWithParents(
            CriteriaTree tree, Map<Long, CriteriaNodeView> nodes, CriteriaNodeView node, long unitId) {
        for (CriteriaNodeView at = node; at != null; at = at.parentId() == null ? null : nodes.get(at.parentId())) {
            if (!tree.applicable(at.id(), unitId)) {
                return false;
            }
        }
        return true;
    }

    /** Every (unit, scored item) pair the tree excludes, directly or through the item's criterion or area. */
    private static List<long[]> excluded(CriteriaTree tree, Map<Long, CriteriaNodeView> nodes) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<long[]> pairs = new ArrayList<>();
        tree.notApplicableUnitsByNode().forEach((nodeId, units) -> {
            CriteriaNodeView node = nodes.get(nodeId);
            if (node == null) {
                return;
            }
            List<CriteriaNodeView> scored = new ArrayList<>();
            collectScored(node, scored);
            for (long unitId : units) {
                for (CriteriaNodeView item : scored) {
                    if (seen.add(unitId + "/" + item.id())) {
                        pairs.add(new long[] {unitId, item.id()});
                    }
                }
            }
        });
        return pairs;
    }

    private static void collectScored(CriteriaNodeView node, List<CriteriaNodeView> into) {
        if (node.level().scored()) {
            into.add(node);
        }
        node.children().forEach(child -> collectScored(child, into));
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
