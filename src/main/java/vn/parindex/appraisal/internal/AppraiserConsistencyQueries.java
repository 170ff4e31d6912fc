package vn.parindex.appraisal.internal;

import static vn.parindex.appraisal.internal.SurveyQueries.decimalOf;
import static vn.parindex.appraisal.internal.SurveyQueries.longOf;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.parindex.appraisal.AppraiserStats;
import vn.parindex.appraisal.ConsistencyOutlier;

/**
 * The consistency figures, added up by the database: two statements whatever the number of units and
 * items (a period of 1,000 units x 200 items is 200,000 rows the portal never loads).
 */
@Component
public class AppraiserConsistencyQueries {

    /** Items an appraiser reviewed: an appraised score they set, with the unit's self score. */
    private static final String REVIEWED = """
            select ai.appraised_by as appraiser, a.unit_id as unit_id, n.code as code,
                   coalesce(i.self_score, 0) - ai.appraised_score as d,
                   (i.self_score is null or i.self_score <> ai.appraised_score) as changed
            from appraisal_item ai
            join score_item i on i.id = ai.score_item_id
            join self_assessment a on a.id = i.assessment_id
            join criteria_node n on n.id = i.node_id
            where a.period_id = :periodId and ai.appraised_by is not null and ai.appraised_score is not null
            """;

    @PersistenceContext
    private EntityManager entityManager;

    /** Per appraiser (those with reviews, and members assigned in the period without any). */
    public List<AppraiserStats> appraisers(long periodId) {
        return rows("with reviewed as (" + REVIEWED + ")" + """
                                select s.appraiser as username, coalesce(u.full_name, s.appraiser) as fullName,
                                       s.units as units, s.reviewed as reviewed, s.changed as changed,
                                       s.average as average, s.largest as largest
                                from (
                                    select r.appraiser, count(distinct r.unit_id) as units, count(*) as reviewed,
                                           sum(r.changed) as changed, avg(r.d) as average, max(r.d) as largest
                                    from reviewed r group by r.appraiser
                                    union all
                                    select u.username, count(distinct x.unit_id), 0, 0, 0, 0
                                    from appraisal_assignment x join app_user u on u.id = x.member_id
                                    where x.period_id = :periodId
                                      and u.username not in (select r.appraiser from reviewed r)
                                    group by u.username
                                ) s
                                left join app_user u on u.username = s.appraiser
                                order by fullName
                                """, periodId).stream()
                .map(t -> new AppraiserStats(
                        t.get("username", String.class),
                        t.get("fullName", String.class),
                        (int) longOf(t, "units"),
                        (int) longOf(t, "reviewed"),
                        (int) longOf(t, "changed"),
                        scaled(decimalOf(t, "average")),
                        scaled(decimalOf(t, "largest"))))
                .toList();
    }

    /**
     * Per appraiser and unit: their total deduction against the other appraisers' mean deduction on
     * the same criteria codes (only codes at least two others reviewed), and the spread of those
     * others' deductions added over the items; kept when more than two standard deviations apart.
     * An agreement among the others (no spread) counts as a spread of 0.01 points, so a lone
     * deviation from a unanimous council still stands out.
     */
    public List<ConsistencyOutlier> outliers(long periodId) {
        return rows("with reviewed as (" + REVIEWED + ")," + """
                                per_code as (
                                    select code, appraiser, count(*) as n, sum(d) as s, sum(d * d) as ss
                                    from reviewed group by code, appraiser),
                                per_code_total as (
                                    select code, sum(n) as n, sum(s) as s, sum(ss) as ss from per_code group by code),
                                others as (
                                    select p.code, p.appraiser, t.n - p.n as n, t.s - p.s as s, t.ss - p.ss as ss
                                    from per_code p join per_code_total t on t.code = p.code),
                                compared as (
                                    select r.appraiser, r.unit_id, count(*) as items, sum(r.d) as deduction,
                                           sum(o.s / o.n) as expected,
                                           sum(greatest((o.ss - o.s * o.s / o.n) / (o.n - 1), 0)) as variance
                                    from reviewed r
                                    join others o on o.code = r.code and o.appraiser = r.appraiser
                                    where o.n >= 2
                                    group by r.appraiser, r.unit_id)
                                select c.appraiser as username, coalesce(u.full_name, c.appraiser) as fullName,
                                       c.unit_id as unitId, g.code as unitCode, g.short_name as unitName,
                                       c.items as items, c.deduction as deduction, c.expected as expected,
                                       greatest(sqrt(c.variance), 0.01) as sd
                                from compared c
                                join org_unit g on g.id = c.unit_id
                                left join app_user u on u.username = c.appraiser
                                where abs(c.deduction - c.expected) > 2 * greatest(sqrt(c.variance), 0.01)
                                order by abs(c.deduction - c.expected) / greatest(sqrt(c.variance), 0.01) desc
                                """, periodId).stream()
                .map(t -> new ConsistencyOutlier(
                        t.get("username", String.class),
                        t.get("fullName", String.class),
                        longOf(t, "unitId"),
                        t.get("unitCode", String.class),
                        t.get("unitName", String.class),
                        (int) longOf(t, "items"),
                        scaled(decimalOf(t, "deduction")),
                        scaled(decimalOf(t, "expected")),
                        scaled(decimalOf(t, "sd"))))
                .toList();
    }

    private static java.math.BigDecimal scaled(java.math.BigDecimal value) {
        return value == null
                ? java.math.BigDecimal.ZERO.setScale(2)
                : value.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    @SuppressWarnings("unchecked")
    private List<Tuple> rows(String sql, long periodId) {
        return entityManager
                .createNativeQuery(sql, Tuple.class)
                .setParameter("periodId", periodId)
                .getResultList();
    }
}
