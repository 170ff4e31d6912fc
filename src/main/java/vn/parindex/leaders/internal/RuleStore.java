package vn.parindex.leaders.internal;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import vn.parindex.leaders.LeaderRule;
import vn.parindex.leaders.Level;
import vn.parindex.leaders.RuleKind;
import vn.parindex.leaders.RuleSet;

/** Revisions of a period's leader rules; a revision never changes once written. */
@Component
public class RuleStore {

    private final JdbcTemplate jdbc;

    RuleStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every revision of the period's rules, newest first. */
    public List<RuleSet> history(long periodId) {
        return jdbc
                .query(
                        "select id, period_id, revision, created_at, created_by from leader_rule_set"
                                + " where period_id = ? order by revision desc",
                        (rs, n) -> new RuleSet(
                                rs.getLong("id"),
                                rs.getLong("period_id"),
                                rs.getInt("revision"),
                                instant(rs.getObject("created_at")),
                                rs.getString("created_by"),
                                List.of()),
                        periodId)
                .stream()
                .map(set -> new RuleSet(
                        set.id(), set.periodId(), set.revision(), set.createdAt(), set.createdBy(), rules(set.id())))
                .toList();
    }

    public Optional<RuleSet> latest(long periodId) {
        return history(periodId).stream().findFirst();
    }

    public Optional<RuleSet> byId(long id) {
        Long periodId = jdbc.query(
                "select period_id from leader_rule_set where id = ?", rs -> rs.next() ? rs.getLong(1) : null, id);
        if (periodId == null) {
            return Optional.empty();
        }
        return history(periodId).stream().filter(set -> set.id() == id).findFirst();
    }

    private List<LeaderRule> rules(long ruleSetId) {
        return jdbc.query(
                "select * from leader_rule where rule_set_id = ? order by position",
                (rs, n) -> new LeaderRule(
                        RuleKind.valueOf(rs.getString("kind")),
                        rs.getString("name"),
                        rs.getString("explanation"),
                        Level.valueOf(rs.getString("level")),
                        rs.getBigDecimal("band_min"),
                        (Integer) rs.getObject("rank_count", Integer.class),
                        (Integer) rs.getObject("min_months", Integer.class),
                        (Integer) rs.getObject("max_months", Integer.class),
                        rs.getBigDecimal("percent")),
                ruleSetId);
    }

    /** Writes a new revision and returns its id. */
    public long save(long periodId, int revision, Instant createdAt, String createdBy, List<LeaderRule> rules) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    PreparedStatement statement = connection.prepareStatement(
                            "insert into leader_rule_set (period_id, revision, created_at, created_by) values (?, ?, ?, ?)",
                            Statement.RETURN_GENERATED_KEYS);
                    statement.setLong(1, periodId);
                    statement.setInt(2, revision);
                    statement.setTimestamp(3, Timestamp.valueOf(LocalDateTime.ofInstant(createdAt, ZoneOffset.UTC)));
                    statement.setString(4, createdBy);
                    return statement;
                },
                key);
        long id = key.getKey().longValue();
        jdbc.batchUpdate(
                "insert into leader_rule (rule_set_id, position, kind, name, explanation, level, band_min, rank_count,"
                        + " min_months, max_months, percent) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                IntStream.range(0, rules.size()).boxed().toList(),
                100,
                (statement, position) -> {
                    LeaderRule rule = rules.get(position);
                    statement.setLong(1, id);
                    statement.setInt(2, position);
                    statement.setString(3, rule.kind().name());
                    statement.setString(4, rule.name().trim());
                    statement.setString(5, rule.explanation().trim());
                    statement.setString(6, rule.level().name());
                    statement.setObject(7, rule.bandMin(), Types.DECIMAL);
                    statement.setObject(8, rule.rankCount(), Types.INTEGER);
                    statement.setObject(9, rule.minMonths(), Types.INTEGER);
                    statement.setObject(10, rule.maxMonths(), Types.INTEGER);
                    statement.setObject(11, rule.percent(), Types.DECIMAL);
                });
        return id;
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        return (Instant) value;
    }

    static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}
