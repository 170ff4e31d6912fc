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
 * component directly under its area); a component is not applicable when it, its criterion or its
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
        // 1. final scores of applicable components, per unit and area; adjustment lines per unit. A
        // unit with something marked not applicable (few) is read per component and filtered here,
        // instead of probing the markings for each of the block's items.
        Map<Long, Set<Long>> notApplicable = new HashMap<>();
        for (Tuple rs : rows("""
                select na.unit_id as unit_id, na.node_id as node_id
                from criteria_not_applicable na
                join org_unit u on u.id = na.unit_id
                where u.block_id = ?1
                """, blockId)) {
            notApplicable
                    .computeIfAbsent(longOf(rs, "unit_id"), id -> new HashSet<>())
                    .add(longOf(rs, "node_id"));
        }
        for (Tuple rs : rows("""
                select a.unit_id as unit_id,
                       case when n.level = 'ADJUSTMENT' then null else coalesce(p.parent_id, p.id) end as area_id,
                       case when m.unit_id is null then null else n.id end as node_id,
                       case when m.unit_id is null then null else p.id end as parent_id,
                       case when m.unit_id is null then null else p.parent_id end as grandparent_id,
                       sum(coalesce(ai.final_score, ai.appraised_score, i.self_score)) as points
                from self_assessment a
                join org_unit u on u.id = a.unit_id
                left join (select distinct x.unit_id from criteria_not_applicable x
                           join org_unit xu on xu.id = x.unit_id where xu.block_id = ?2) m on m.unit_id = a.unit_id
                join score_item i on i.assessment_id = a.id
                join criteria_node n on n.id = i.node_id
                left join criteria_node p on p.id = n.parent_id
                left join appraisal_item ai on ai.score_item_id = i.id
                where a.period_id = ?1 and u.block_id = ?2
                  and n.level in ('COMPONENT', 'ADJUSTMENT')
                  and (n.method is null or n.method <> 'SURVEY')
                group by a.unit_id, case when n.level = 'ADJUSTMENT' then null else coalesce(p.parent_id, p.id) end,
                         case when m.unit_id is null then null else n.id end,
                         case when m.unit_id is null then null else p.id end,
                         case when m.unit_id is null then null else p.parent_id end
                """, periodId, blockId)) {
            long unitId = longOf(rs, "unit_id");
            BigDecimal value = decimalOf(rs, "points");
            if (value == null) {
                continue;
            }
            Set<Long> marked = notApplicable.get(unitId);
            if (marked != null
                    && (marked.contains(longOf(rs, "node_id"))
                            || marked.contains(longOf(rs, "parent_id"))
                            || marked.contains(longOf(rs, "grandparent_id")))) {
                continue;
            }
            Long areaId = longOf(rs, "area_id");
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
