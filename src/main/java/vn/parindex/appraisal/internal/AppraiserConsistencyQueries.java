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
 * items (a period of 1,000 units x 200 items is 200,000 rows the portal never loads), each reading the
 * period's reviewed items at most twice.
 */
@Component
public class AppraiserConsistencyQueries {

    /**
     * Items an appraiser reviewed: an appraised score they set, with the unit's self score. Read from
     * the period's assessments through their appraisals, so the appraisal items come from the covering
     * index {@code ix_appraisal_item_reviewed} (V14) in order, and each score item by its primary key;
     * the join order is fixed ({@code straight_join}) so no plan starts from the items' nodes.
     */
    private static final String REVIEWED_ROWS = """
            from self_assessment a
            straight_join appraisal p on p.assessment_id = a.id
            straight_join appraisal_item ai on ai.appraisal_id = p.id
            straight_join score_item i on i.id = ai.score_item_id
            where a.period_id = :periodId and ai.appraised_by is not null and ai.appraised_score is not null
            """;

    /** A reviewed item's deduction: the self score less the appraised score. */
    private static final String DEDUCTION = "(coalesce(i.self_score, 0) - ai.appraised_score)";

    @PersistenceContext
    private EntityManager entityManager;

    /**
     * Per appraiser (those with reviews, and members assigned in the period without any). One pass
     * over the period's reviewed items; the assigned members without a review are found through the
     * covering index alone.
     */
    public List<AppraiserStats> appraisers(long periodId) {
        return rows("""
                                select s.appraiser as username, coalesce(u.full_name, s.appraiser) as fullName,
                                       s.units as units, s.reviewed as reviewed, s.changed as changed,
                                       s.average as average, s.largest as largest
                                from (
                                    select ai.appraised_by as appraiser, count(distinct a.unit_id) as units,
                                           count(*) as reviewed,
                                           sum(i.self_score is null or i.self_score <> ai.appraised_score) as changed,
                                           avg(%1$s) as average, max(%1$s) as largest
                                    %2$s
                                    group by ai.appraised_by
                                    union all
                                    select u.username, count(distinct x.unit_id), 0, 0, 0, 0
                                    from appraisal_assignment x join app_user u on u.id = x.member_id
                                    where x.period_id = :periodId
                                      and not exists (
                                          select 1
                                          from self_assessment a2
                                          join appraisal p2 on p2.assessment_id = a2.id
                                          join appraisal_item ai2 on ai2.appraisal_id = p2.id
                                          where a2.period_id = :periodId and ai2.appraised_by = u.username
                                            and ai2.appraised_score is not null)
                                    group by u.username
                                ) s
                                left join app_user u on u.username = s.appraiser
                                order by fullName
                                """.formatted(DEDUCTION, REVIEWED_ROWS), periodId).stream()
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
     *
     * <p>Two passes over the reviewed items, whatever their number: the first adds them up per
     * appraiser and node (then per code, and the others' figures per code come from a window over
     * those few rows); the second looks each item's others' figures up by one key (appraiser and
     * node) and adds them up per appraiser and unit. The statistics (mean, variance, standard
     * deviation) are computed by the database.
     */
    public List<ConsistencyOutlier> outliers(long periodId) {
        return rows("""
                                with per_node as (
                                    select ai.appraised_by as appraiser, i.node_id as node_id, count(*) as n,
                                           sum(%1$s) as s, sum(%1$s * %1$s) as ss
                                    %2$s
                                    group by ai.appraised_by, i.node_id),
                                per_code as (
                                    select p.appraiser, c.code, sum(p.n) as n, sum(p.s) as s, sum(p.ss) as ss
                                    from per_node p join criteria_node c on c.id = p.node_id
                                    group by p.appraiser, c.code),
                                others as (
                                    select appraiser, code,
                                           sum(n) over (partition by code) - n as n,
                                           sum(s) over (partition by code) - s as s,
                                           sum(ss) over (partition by code) - ss as ss
                                    from per_code),
                                others_by_node as (
                                    select concat(o.appraiser, '|', c.id) as k,
                                           max(o.n) as n, max(o.s) as s, max(o.ss) as ss
                                    from others o
                                    join criteria_node c on c.code = o.code
                                    join criteria_set cs on cs.id = c.set_id
                                    where cs.period_id = :periodId and o.n >= 2
                                    group by o.appraiser, c.id),
                                compared as (
                                    select ai.appraised_by as appraiser, a.unit_id as unit_id, count(*) as items,
                                           sum(%1$s) as deduction,
                                           sum(o.s / o.n) as expected,
                                           sum(greatest((o.ss - o.s * o.s / o.n) / (o.n - 1), 0)) as variance
                                    from self_assessment a
                                    straight_join appraisal p on p.assessment_id = a.id
                                    straight_join appraisal_item ai on ai.appraisal_id = p.id
                                    straight_join score_item i on i.id = ai.score_item_id
                                    straight_join others_by_node o on o.k = concat(ai.appraised_by, '|', i.node_id)
                                    where a.period_id = :periodId and ai.appraised_by is not null
                                      and ai.appraised_score is not null
                                    group by ai.appraised_by, a.unit_id)
                                select c.appraiser as username, coalesce(u.full_name, c.appraiser) as fullName,
                                       c.unit_id as unitId, g.code as unitCode, g.short_name as unitName,
                                       c.items as items, c.deduction as deduction, c.expected as expected,
                                       greatest(sqrt(c.variance), 0.01) as sd
                                from compared c
                                join org_unit g on g.id = c.unit_id
                                left join app_user u on u.username = c.appraiser
                                where abs(c.deduction - c.expected) > 2 * greatest(sqrt(c.variance), 0.01)
                                order by abs(c.deduction - c.expected) / greatest(sqrt(c.variance), 0.01) desc
                                """.formatted(DEDUCTION, REVIEWED_ROWS), periodId).stream()
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
