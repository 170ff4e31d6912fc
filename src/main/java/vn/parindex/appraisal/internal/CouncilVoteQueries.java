package vn.parindex.appraisal.internal;

import static vn.parindex.appraisal.internal.SurveyQueries.decimalOf;
import static vn.parindex.appraisal.internal.SurveyQueries.longOf;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.parindex.appraisal.CouncilVoteChoice;

/**
 * The vote's reads, one statement each whatever the number of units: readiness per block, the
 * block's draft results, who sits on the council, and the votes.
 */
@Component
public class CouncilVoteQueries {

    /** Per block: active units, units whose appraisal is final or not ranked, units with survey points. */
    public record Readiness(long blockId, int units, int done, int surveyed) {}

    /** A unit's scores in a block (survey excluded) and whether it is marked not ranked. */
    public record UnitScores(long unitId, boolean notRanked, BigDecimal finalScores, BigDecimal adjustments) {}

    public record UnitPoints(long unitId, BigDecimal points) {}

    /** A vote with whether its member is an enabled council member now. */
    public record StoredVote(
            long blockId,
            long memberId,
            String memberName,
            boolean counted,
            CouncilVoteChoice vote,
            String comment,
            Instant votedAt,
            long version) {}

    @PersistenceContext
    private EntityManager entityManager;

    public List<Readiness> readiness(long periodId) {
        return rows("""
                        select u.block_id as blockId, count(*) as units,
                               count(case when exists(
                                   select 1 from self_assessment a join appraisal ap on ap.assessment_id = a.id
                                   where a.period_id = :periodId and a.unit_id = u.id
                                     and (ap.status = 'FINAL' or ap.not_ranked = true)) then 1 end) as done,
                               count(case when exists(
                                   select 1 from survey_point sp join survey_import si on si.id = sp.import_id
                                   where si.period_id = :periodId and si.active = true and sp.unit_id = u.id)
                                 or exists(
                                   select 1 from self_assessment a join appraisal ap on ap.assessment_id = a.id
                                   where a.period_id = :periodId and a.unit_id = u.id and ap.not_ranked = true)
                                 then 1 end) as surveyed
                        from org_unit u
                        where u.active = true
                        group by u.block_id
                        """, Map.of("periodId", periodId)).stream()
                .map(t -> new Readiness(longOf(t, "blockId"), (int) longOf(t, "units"), (int) longOf(t, "done"), (int)
                        longOf(t, "surveyed")))
                .toList();
    }

    /**
     * The block's units' scores over what applies to each: per item the final score, or the
     * appraised score where the council set none, or else the unit's own.
     */
    public List<UnitScores> unitScores(long periodId, long blockId) {
        return rows("""
                        select x.unit_id as unitId,
                               coalesce(max(ap.not_ranked), 0) as notRanked,
                               coalesce(sum(case when x.level = 'COMPONENT' and x.applies = 1 then x.score end), 0)
                                   as finalScores,
                               coalesce(sum(case when x.level = 'ADJUSTMENT' and x.applies = 1 then x.score end), 0)
                                   as adjustments
                        from (
                            select a.id, a.unit_id, n.level,
                                   coalesce(ai.final_score, ai.appraised_score, i.self_score) as score,
                                   not exists(select 1 from criteria_not_applicable na
                                              where na.unit_id = a.unit_id
                                                and na.node_id in (n.id, n.parent_id, p.parent_id)) as applies
                            from self_assessment a
                            join org_unit u on u.id = a.unit_id
                            join score_item i on i.assessment_id = a.id
                            join criteria_node n on n.id = i.node_id
                            left join criteria_node p on p.id = n.parent_id
                            left join appraisal_item ai on ai.score_item_id = i.id
                            where a.period_id = :periodId and u.block_id = :blockId
                              and (n.method is null or n.method <> 'SURVEY')
                        ) x
                        left join appraisal ap on ap.assessment_id = x.id
                        group by x.unit_id
                        """, Map.of("periodId", periodId, "blockId", blockId)).stream()
                .map(t -> new UnitScores(
                        longOf(t, "unitId"),
                        ((Number) t.get("notRanked")).intValue() != 0,
                        decimalOf(t, "finalScores"),
                        decimalOf(t, "adjustments")))
                .toList();
    }

    /** Each unit's survey points in the active import. */
    public List<UnitPoints> surveyTotals(long periodId, long blockId) {
        return rows("""
                        select p.unit_id as unitId, sum(p.points) as points
                        from survey_point p
                        join survey_import i on i.id = p.import_id
                        join org_unit u on u.id = p.unit_id
                        where i.period_id = :periodId and i.active = true and u.block_id = :blockId
                        group by p.unit_id
                        """, Map.of("periodId", periodId, "blockId", blockId)).stream()
                .map(t -> new UnitPoints(longOf(t, "unitId"), decimalOf(t, "points")))
                .toList();
    }

    /** The ids of the enabled accounts holding COUNCIL_MEMBER: the members the majority counts. */
    public List<Long> activeMembers() {
        return rows("""
                        select u.id as id from app_user u join app_user_role r on r.user_id = u.id
                        where r.role = 'COUNCIL_MEMBER' and u.enabled = true
                        """, Map.of()).stream().map(t -> longOf(t, "id")).toList();
    }

    public List<StoredVote> votes(long periodId) {
        return rows("""
                        select d.block_id as blockId, v.member_id as memberId, u.full_name as memberName,
                               (u.enabled = true and exists(select 1 from app_user_role r
                                   where r.user_id = u.id and r.role = 'COUNCIL_MEMBER')) as counted,
                               v.vote as vote, v.comment as comment, v.voted_at as votedAt, v.version as version
                        from council_vote v
                        join block_decision d on d.id = v.decision_id
                        join app_user u on u.id = v.member_id
                        where d.period_id = :periodId
                        order by d.block_id, u.full_name
                        """, Map.of("periodId", periodId)).stream()
                .map(t -> new StoredVote(
                        longOf(t, "blockId"),
                        longOf(t, "memberId"),
                        t.get("memberName", String.class),
                        ((Number) t.get("counted")).intValue() != 0,
                        CouncilVoteChoice.valueOf(t.get("vote", String.class)),
                        t.get("comment", String.class),
                        instant(t.get("votedAt")),
                        longOf(t, "version")))
                .toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private List<Tuple> rows(String sql, Map<String, Object> parameters) {
        var query = entityManager.createNativeQuery(sql, Tuple.class);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }
}
