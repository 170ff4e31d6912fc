package vn.parindex.audit.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends events to the hash chain. A transaction's events are kept until just before it commits;
 * then its other changes are flushed first (their row locks taken), the chain head row is locked
 * ({@code SELECT ... FOR UPDATE}), the events are numbered, hashed and inserted, and the head moves.
 * Taking the head last and holding it only for the commit keeps writers from deadlocking on it and
 * keeps one chain however many nodes write at once.
 */
@Component
public class AuditChain {

    private final JdbcTemplate jdbc;

    @PersistenceContext
    private EntityManager entityManager;

    AuditChain(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds an event to the current transaction (which must exist); it is written when it commits. */
    public void append(AuditEvent event) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Audit events are written inside a transaction");
        }
        Pending pending = null;
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof Pending mine) {
                pending = mine;
            }
        }
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        if (pending.written) {
            // Recorded by another before-commit callback after ours ran: write it straight away.
            write(List.of(event));
        } else {
            pending.events.add(event);
        }
    }

    private void write(List<AuditEvent> events) {
        entityManager.flush();
        Map<String, Object> head =
                jdbc.queryForMap("select last_seq, last_hash from audit_chain_head where id = 1 for update");
        long seq = ((Number) head.get("last_seq")).longValue();
        String previous = (String) head.get("last_hash");
        for (AuditEvent event : events) {
            seq++;
            String hash = AuditHash.of(
                    previous,
                    seq,
                    event.getOccurredAt(),
                    event.getActor(),
                    event.getAction(),
                    event.getEntityType(),
                    event.getEntityId(),
                    event.getUnitId(),
                    event.getPeriodId(),
                    event.getOldValue(),
                    event.getNewValue(),
                    event.getClientAddress());
            event.chain(seq, previous, hash);
            entityManager.persist(event);
            previous = hash;
        }
        entityManager.flush();
        jdbc.update(
                "update audit_chain_head set last_seq = ?, last_hash = ?, last_event_id = ? where id = 1",
                seq,
                previous,
                events.get(events.size() - 1).getId());
    }

    /** The events of one transaction, written before it commits. */
    private final class Pending implements TransactionSynchronization {

        private final List<AuditEvent> events = new ArrayList<>();
        private boolean written;

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            written = true;
            if (!events.isEmpty()) {
                write(events);
            }
        }
    }
}
