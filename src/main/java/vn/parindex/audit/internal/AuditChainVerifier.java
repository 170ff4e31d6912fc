package vn.parindex.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parindex.audit.AuditProblem;

/**
 * Walks the chain in order and recomputes every hash, in one read-only transaction (one consistent
 * snapshot of head and events, so writers may go on meanwhile), reading a chunk of events at a time.
 */
@Component
public class AuditChainVerifier {

    private static final int CHUNK = 5_000;

    /** What a walk found; {@code problem} null when intact. */
    public record Outcome(long eventsChecked, AuditProblem problem, Long eventId, Long chainSeq) {}

    private record Row(long id, long seq, String computed, String previousHash, String hash) {}

    private final JdbcTemplate jdbc;
    private final TransactionTemplate snapshot;

    AuditChainVerifier(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    public Outcome verify() {
        return snapshot.execute(status -> walk());
    }

    private Outcome walk() {
        Map<String, Object> head =
                jdbc.queryForMap("select last_seq, last_hash, last_event_id from audit_chain_head where id = 1");
        long headSeq = ((Number) head.get("last_seq")).longValue();
        String headHash = (String) head.get("last_hash");
        long expected = 1;
        long checked = 0;
        String previous = AuditHash.GENESIS;
        while (true) {
            List<Row> rows = jdbc.query("""
                    select id, chain_seq, occurred_at, actor, action, entity_type, entity_id, unit_id, period_id,
                           old_value, new_value, client_address, previous_hash, hash
                    from audit_event where chain_seq >= ? order by chain_seq limit ?
                    """, (rs, n) -> row(rs), expected, CHUNK);
            for (Row row : rows) {
                checked++;
                if (row.seq() > headSeq) {
                    // written past the head: the head moves with every legitimate write
                    return new Outcome(checked, AuditProblem.INSERTED, row.id(), row.seq());
                }
                if (row.seq() != expected) {
                    return new Outcome(checked, AuditProblem.DELETED, row.id(), expected);
                }
                if (!previous.equals(row.previousHash())) {
                    return new Outcome(checked, AuditProblem.INSERTED, row.id(), row.seq());
                }
                if (!row.computed().equals(row.hash())) {
                    return new Outcome(checked, AuditProblem.ALTERED, row.id(), row.seq());
                }
                previous = row.hash();
                expected++;
            }
            if (rows.size() < CHUNK) {
                break;
            }
        }
        if (expected - 1 < headSeq || !previous.equals(headHash)) {
            // the last events are gone; the head still names the last one written
            Object lastId = head.get("last_event_id");
            return new Outcome(
                    checked, AuditProblem.DELETED, lastId == null ? null : ((Number) lastId).longValue(), expected);
        }
        Long unchained = jdbc.queryForObject("select min(id) from audit_event where chain_seq is null", Long.class);
        if (unchained != null) {
            return new Outcome(checked, AuditProblem.INSERTED, unchained, null);
        }
        return new Outcome(checked, null, null, null);
    }

    private static Row row(ResultSet rs) throws SQLException {
        long seq = rs.getLong("chain_seq");
        String previousHash = rs.getString("previous_hash");
        String computed = AuditHash.ofRow(rs, previousHash == null ? "" : previousHash, seq);
        return new Row(rs.getLong("id"), seq, computed, previousHash, rs.getString("hash"));
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
