package vn.parindex.audit.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Chains the events written before V25, in id order (their only order), and sets the chain head.
 * A Java migration rather than a start-up job because it runs once, inside the migration's
 * transaction, under the migration account: the portal's own account may not UPDATE audit rows
 * (docs/operations.md). Spring Boot hands Flyway every {@code JavaMigration} bean.
 */
@Component
public class V25_1__AuditChainBackfill extends BaseJavaMigration {

    private static final int BATCH = 1_000;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        long seq = 0;
        String previous = AuditHash.GENESIS;
        Long lastId = null;
        try (Statement select = connection.createStatement();
                PreparedStatement update = connection.prepareStatement(
                        "update audit_event set chain_seq = ?, previous_hash = ?, hash = ? where id = ?")) {
            select.setFetchSize(BATCH);
            try (ResultSet rs = select.executeQuery("""
                    select id, occurred_at, actor, action, entity_type, entity_id, unit_id, period_id,
                           old_value, new_value, client_address
                    from audit_event order by id
                    """)) {
                int pending = 0;
                while (rs.next()) {
                    seq++;
                    String hash = AuditHash.ofRow(rs, previous, seq);
                    lastId = rs.getLong("id");
                    update.setLong(1, seq);
                    update.setString(2, previous);
                    update.setString(3, hash);
                    update.setLong(4, lastId);
                    update.addBatch();
                    previous = hash;
                    if (++pending == BATCH) {
                        update.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    update.executeBatch();
                }
            }
        }
        try (PreparedStatement head = connection.prepareStatement(
                "update audit_chain_head set last_seq = ?, last_hash = ?, last_event_id = ? where id = 1")) {
            head.setLong(1, seq);
            head.setString(2, previous);
            if (lastId == null) {
                head.setNull(3, java.sql.Types.BIGINT);
            } else {
                head.setLong(3, lastId);
            }
            head.executeUpdate();
        }
    }
}
