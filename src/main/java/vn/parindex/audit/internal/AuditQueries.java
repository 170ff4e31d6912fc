package vn.parindex.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.parindex.audit.AuditEntry;
import vn.parindex.audit.AuditFilter;

/**
 * The viewer's reads: pages newest first by (occurred_at, id) with the filters as index prefixes
 * (V25), never a count of the whole table.
 */
@Component
public class AuditQueries {

    private static final String COLUMNS = """
            select id, occurred_at, actor, action, entity_type, entity_id, old_value, new_value,
                   client_address, unit_id, period_id, chain_seq
            from audit_event""";

    private final JdbcTemplate jdbc;

    AuditQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<AuditEntry> page(AuditFilter filter, int offset, int limit) {
        List<Object> arguments = new ArrayList<>();
        String sql = COLUMNS + where(filter, arguments) + " order by occurred_at desc, id desc limit ? offset ?";
        arguments.add(limit);
        arguments.add(offset);
        return jdbc.query(sql, (rs, n) -> entry(rs), arguments.toArray());
    }

    /** How many events match, counting no further than {@code cap}. */
    public long countUpTo(AuditFilter filter, long cap) {
        List<Object> arguments = new ArrayList<>();
        String sql = "select count(*) from (select 1 from audit_event" + where(filter, arguments) + " limit ?) capped";
        arguments.add(cap);
        Long count = jdbc.queryForObject(sql, Long.class, arguments.toArray());
        return count == null ? 0 : count;
    }

    /** Streams the matching events newest first to {@code sink}, without holding them all. */
    public void each(AuditFilter filter, long limit, Consumer<AuditEntry> sink) {
        List<Object> arguments = new ArrayList<>();
        String sql = COLUMNS + where(filter, arguments) + " order by occurred_at desc, id desc limit ?";
        arguments.add(limit);
        jdbc.query(
                connection -> {
                    var statement = connection.prepareStatement(sql);
                    statement.setFetchSize(500);
                    for (int i = 0; i < arguments.size(); i++) {
                        statement.setObject(i + 1, arguments.get(i));
                    }
                    return statement;
                },
                rs -> {
                    sink.accept(entry(rs));
                });
    }

    public List<String> distinct(String column) {
        if (!column.equals("action") && !column.equals("entity_type")) {
            throw new IllegalArgumentException(column);
        }
        // a loose scan of the index that starts with the column
        return jdbc.queryForList(
                "select " + column + " from audit_event group by " + column + " order by " + column, String.class);
    }

    private static String where(AuditFilter filter, List<Object> arguments) {
        List<String> conditions = new ArrayList<>();
        if (filter.actor() != null && !filter.actor().isBlank()) {
            conditions.add("actor = ?");
            arguments.add(filter.actor().strip());
        }
        if (filter.unitId() != null) {
            conditions.add("unit_id = ?");
            arguments.add(filter.unitId());
        }
        if (filter.periodId() != null) {
            conditions.add("period_id = ?");
            arguments.add(filter.periodId());
        }
        if (filter.entityType() != null && !filter.entityType().isBlank()) {
            conditions.add("entity_type = ?");
            arguments.add(filter.entityType());
        }
        if (filter.action() != null && !filter.action().isBlank()) {
            conditions.add("action = ?");
            arguments.add(filter.action());
        }
        if (filter.from() != null) {
            conditions.add("occurred_at >= ?");
            arguments.add(utc(filter.from()));
        }
        if (filter.to() != null) {
            conditions.add("occurred_at < ?");
            arguments.add(utc(filter.to()));
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** The columns hold UTC (hibernate.jdbc.time_zone). */
    private static LocalDateTime utc(java.time.Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        LocalDateTime at = rs.getObject("occurred_at", LocalDateTime.class);
        return new AuditEntry(
                rs.getLong("id"),
                at == null ? null : at.toInstant(ZoneOffset.UTC),
                rs.getString("actor"),
                rs.getString("action"),
                rs.getString("entity_type"),
                rs.getString("entity_id"),
                rs.getString("old_value"),
                rs.getString("new_value"),
                rs.getString("client_address"),
                AuditChainVerifier.nullableLong(rs, "unit_id"),
                AuditChainVerifier.nullableLong(rs, "period_id"),
                AuditChainVerifier.nullableLong(rs, "chain_seq"));
    }
}
