package vn.parindex.appraisal.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The survey's reads, each one statement for the whole period: the SURVEY components of every
 * block's set, what does not apply to which unit, the active import's points and every unit's total
 * without the survey. Criteria and assessment tables are read here (not through their modules'
 * services, which load trees and sheets one at a time) so the import check stays constant in
 * statements whatever the number of units.
 */
@Component
public class SurveyQueries {

    /** A SURVEY component of a block's set in the period. */
    public record SurveyComponent(
            long blockId, long nodeId, String code, BigDecimal maxPoints, String nameVi, String nameEn) {}

    /** A unit's points on a component in an import. */
    public record StoredPoint(long unitId, long nodeId, BigDecimal points) {}

    /** A component (or the criterion or area above it) marked not applicable to a unit. */
    public record Excluded(long unitId, long nodeId) {}

    /** A unit's total of what applies without the survey, and what is excluded from it. */
    public record UnitTotal(long unitId, BigDecimal total) {}

    public record ImportSize(long importId, int points) {}

    @PersistenceContext
    private EntityManager entityManager;

    public List<SurveyComponent> components(long periodId) {
        return rows("""
                        select s.block_id as blockId, n.id as nodeId, n.code as code, n.max_points as maxPoints,
                               n.name_vi as nameVi, n.name_en as nameEn
                        from criteria_set s join criteria_node n on n.set_id = s.id
                        where s.period_id = :periodId and n.level = 'COMPONENT' and n.method = 'SURVEY'
                        order by s.block_id, n.position, n.id
                        """, periodId).stream()
                .map(t -> new SurveyComponent(
                        longOf(t, "blockId"),
                        longOf(t, "nodeId"),
                        t.get("code", String.class),
                        decimalOf(t, "maxPoints"),
                        t.get("nameVi", String.class),
                        t.get("nameEn", String.class)))
                .toList();
    }

    /** SURVEY components excluded for a unit, directly or through their criterion or area. */
    public List<Excluded> excluded(long periodId) {
        return rows("""
                        select distinct na.unit_id as unitId, n.id as nodeId
                        from criteria_set s
                        join criteria_node n on n.set_id = s.id
                        left join criteria_node p on p.id = n.parent_id
                        join criteria_not_applicable na on na.set_id = s.id
                             and na.node_id in (n.id, n.parent_id, p.parent_id)
                        where s.period_id = :periodId and n.level = 'COMPONENT' and n.method = 'SURVEY'
                        """, periodId).stream()
                .map(t -> new Excluded(longOf(t, "unitId"), longOf(t, "nodeId")))
                .toList();
    }

    public List<StoredPoint> activePoints(long periodId) {
        return rows("""
                        select p.unit_id as unitId, p.node_id as nodeId, p.points as points
                        from survey_point p join survey_import i on i.id = p.import_id
                        where i.period_id = :periodId and i.active = true
                        """, periodId).stream()
                .map(t -> new StoredPoint(longOf(t, "unitId"), longOf(t, "nodeId"), decimalOf(t, "points")))
                .toList();
    }

    /**
     * Each unit's total without the survey: per applicable item the final score, or else the
     * appraised score, or else the unit's own score; adjustment lines included.
     */
    public List<UnitTotal> totalsWithoutSurvey(long periodId) {
        return rows("""
                        select a.unit_id as unitId,
                               coalesce(sum(coalesce(ai.final_score, ai.appraised_score, i.self_score)), 0) as total
                        from self_assessment a
                        join score_item i on i.assessment_id = a.id
                        join criteria_node n on n.id = i.node_id
                        left join criteria_node p on p.id = n.parent_id
                        left join appraisal_item ai on ai.score_item_id = i.id
                        where a.period_id = :periodId
                          and (n.method is null or n.method <> 'SURVEY')
                          and not exists(select 1 from criteria_not_applicable na
                                         where na.unit_id = a.unit_id and na.node_id in (n.id, n.parent_id, p.parent_id))
                        group by a.unit_id
                        """, periodId).stream()
                .map(t -> new UnitTotal(longOf(t, "unitId"), decimalOf(t, "total")))
                .toList();
    }

    /** How many points each import of the period holds, for the history list. */
    public List<ImportSize> importSizes(long periodId) {
        return rows("""
                        select p.import_id as importId, count(*) as points
                        from survey_point p join survey_import i on i.id = p.import_id
                        where i.period_id = :periodId group by p.import_id
                        """, periodId).stream()
                .map(t -> new ImportSize(longOf(t, "importId"), (int) longOf(t, "points")))
                .toList();
    }

    /** Whether the council has started on the period: a vote cast or a block approved or published. */
    public boolean votingStarted(long periodId) {
        Number count = (Number) entityManager
                .createNativeQuery("""
                        select count(*) from block_decision d
                        where d.period_id = :periodId
                          and (d.status <> 'OPEN' or exists(select 1 from council_vote v where v.decision_id = d.id))
                        """)
                .setParameter("periodId", periodId)
                .getSingleResult();
        return count.longValue() > 0;
    }

    /** Serializes imports of one period: the second waits for the first and then replaces it. */
    public void lockPeriod(long periodId) {
        entityManager
                .createNativeQuery("select id from assessment_period where id = :periodId for update")
                .setParameter("periodId", periodId)
                .getResultList();
    }

    @SuppressWarnings("unchecked")
    private List<Tuple> rows(String sql, long periodId) {
        return entityManager
                .createNativeQuery(sql, Tuple.class)
                .setParameter("periodId", periodId)
                .getResultList();
    }

    static long longOf(Tuple tuple, String alias) {
        return ((Number) tuple.get(alias)).longValue();
    }

    static BigDecimal decimalOf(Tuple tuple, String alias) {
        Object value = tuple.get(alias);
        if (value == null) {
            return null;
        }
        return value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
    }
}
