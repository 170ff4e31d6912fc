package vn.parindex.ranking.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Node-level reads for the unit detail and the what-if, one statement each whatever the size of the
 * criteria set: a unit's score items and survey points in several periods, a block's items and survey
 * points for chosen nodes. Callers check access; this reads for them.
 */
@Component
public class UnitScoreQueries {

    private static final String ITEMS = """
            select a.period_id as period_id, a.unit_id as unit_id, i.node_id as node_id,
                   i.self_score as self_score, ai.appraised_score as appraised_score,
                   ai.final_score as final_score, ai.question is not null as asked,
                   ai.answer is not null as answered, ai.explanation_accepted as accepted
            from self_assessment a
            join score_item i on i.assessment_id = a.id
            left join appraisal_item ai on ai.score_item_id = i.id
            """;

    private static final String SURVEY = """
            select si.period_id as period_id, sp.unit_id as unit_id, sp.node_id as node_id, sp.points as points
            from survey_point sp
            join survey_import si on si.id = sp.import_id and si.active = true
            """;

    private final NamedParameterJdbcTemplate jdbc;

    UnitScoreQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The unit's scores in each of the periods (periods where it has none map to {@link UnitScores#NONE}). */
    public Map<Long, UnitScores> unitScores(long unitId, Collection<Long> periodIds) {
        if (periodIds.isEmpty()) {
            return Map.of();
        }
        MapSqlParameterSource parameters =
                new MapSqlParameterSource().addValue("unitId", unitId).addValue("periodIds", periodIds);
        Map<Long, Map<Long, UnitScores.Item>> items = new HashMap<>();
        Map<Long, Map<Long, BigDecimal>> survey = new HashMap<>();
        jdbc.query(ITEMS + " where a.unit_id = :unitId and a.period_id in (:periodIds)", parameters, rs -> {
            items.computeIfAbsent(rs.getLong("period_id"), id -> new HashMap<>())
                    .put(rs.getLong("node_id"), item(rs));
        });
        jdbc.query(SURVEY + " where sp.unit_id = :unitId and si.period_id in (:periodIds)", parameters, rs -> {
            survey.computeIfAbsent(rs.getLong("period_id"), id -> new HashMap<>())
                    .put(rs.getLong("node_id"), rs.getBigDecimal("points"));
        });
        Map<Long, UnitScores> scores = new HashMap<>();
        for (Long periodId : periodIds) {
            scores.put(
                    periodId,
                    new UnitScores(items.getOrDefault(periodId, Map.of()), survey.getOrDefault(periodId, Map.of())));
        }
        return scores;
    }

    /** A block's scores in a period for the given units, limited to the given nodes, by unit. */
    public Map<Long, UnitScores> blockScores(long periodId, Collection<Long> unitIds, Collection<Long> nodeIds) {
        if (unitIds.isEmpty() || nodeIds.isEmpty()) {
            return Map.of();
        }
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("periodId", periodId)
                .addValue("unitIds", unitIds)
                .addValue("nodeIds", nodeIds);
        Map<Long, Map<Long, UnitScores.Item>> items = new HashMap<>();
        Map<Long, Map<Long, BigDecimal>> survey = new HashMap<>();
        jdbc.query(
                ITEMS + " where a.period_id = :periodId and a.unit_id in (:unitIds) and i.node_id in (:nodeIds)",
                parameters,
                rs -> {
                    items.computeIfAbsent(rs.getLong("unit_id"), id -> new HashMap<>())
                            .put(rs.getLong("node_id"), item(rs));
                });
        jdbc.query(
                SURVEY + " where si.period_id = :periodId and sp.unit_id in (:unitIds) and sp.node_id in (:nodeIds)",
                parameters,
                rs -> {
                    survey.computeIfAbsent(rs.getLong("unit_id"), id -> new HashMap<>())
                            .put(rs.getLong("node_id"), rs.getBigDecimal("points"));
                });
        Map<Long, UnitScores> scores = new HashMap<>();
        for (Long unitId : unitIds) {
            scores.put(
                    unitId,
                    new UnitScores(items.getOrDefault(unitId, Map.of()), survey.getOrDefault(unitId, Map.of())));
        }
        return scores;
    }

    /** An explanation the unit answered and the council has not decided on yet. */
    public record PendingExplanation(
            long unitId,
            long nodeId,
            BigDecimal self,
            BigDecimal appraised,
            BigDecimal finalScore,
            String question,
            String answer) {}

    /** The block's answered explanations not decided yet, in unit and criteria order. */
    public List<PendingExplanation> pendingExplanations(long periodId, long blockId) {
        List<PendingExplanation> pending = new ArrayList<>();
        jdbc.query(
                """
                select a.unit_id as unit_id, i.node_id as node_id, i.self_score as self_score,
                       ai.appraised_score as appraised_score, ai.final_score as final_score,
                       ai.question as question, ai.answer as answer
                from self_assessment a
                join org_unit u on u.id = a.unit_id
                join score_item i on i.assessment_id = a.id
                join criteria_node n on n.id = i.node_id
                join appraisal_item ai on ai.score_item_id = i.id
                where a.period_id = :periodId and u.block_id = :blockId
                  and ai.question is not null and ai.answer is not null and ai.explanation_accepted is null
                order by u.sort_order, u.code, n.code
                """, new MapSqlParameterSource().addValue("periodId", periodId).addValue("blockId", blockId), rs -> {
                    pending.add(new PendingExplanation(
                            rs.getLong("unit_id"),
                            rs.getLong("node_id"),
                            rs.getBigDecimal("self_score"),
                            rs.getBigDecimal("appraised_score"),
                            rs.getBigDecimal("final_score"),
                            rs.getString("question"),
                            rs.getString("answer")));
                });
        return pending;
    }

    private static UnitScores.Item item(java.sql.ResultSet rs) throws java.sql.SQLException {
        Object accepted = rs.getObject("accepted");
        return new UnitScores.Item(
                rs.getLong("node_id"),
                rs.getBigDecimal("self_score"),
                rs.getBigDecimal("appraised_score"),
                rs.getBigDecimal("final_score"),
                rs.getBoolean("asked"),
                rs.getBoolean("answered"),
                accepted == null ? null : rs.getBoolean("accepted"));
    }
}
