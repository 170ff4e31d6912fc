package vn.parindex.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parindex.support.PortalIntegrationTest;
import vn.parindex.support.SignIn;

/**
 * The hash chain: every write is linked, tampering through JDBC (an update, a delete, an insert out
 * of order) is named at the right event, and two threads writing at once keep one intact chain.
 * Every test puts back what it tampered with.
 */
@PortalIntegrationTest
class AuditChainTest {

    @Autowired
    AuditLog auditLog;

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void everyEventIsLinkedToTheOneBeforeAndTheTrailVerifies() {
        List<Long> ids = write(3);
        List<Map<String, Object>> rows = rows(ids);
        assertThat(rows).extracting(row -> row.get("hash")).doesNotContainNull();
        assertThat(rows.get(1).get("previous_hash")).isEqualTo(rows.get(0).get("hash"));
        assertThat(rows.get(2).get("previous_hash")).isEqualTo(rows.get(1).get("hash"));
        assertThat(((Number) rows.get(2).get("chain_seq")).longValue())
                .isEqualTo(((Number) rows.get(0).get("chain_seq")).longValue() + 2);
        assertThat(jdbc.queryForObject("select last_hash from audit_chain_head", String.class))
                .isNotNull();

        AuditVerification result = verifyAsAdmin();
        assertThat(result.intact()).as(String.valueOf(result)).isTrue();
        assertThat(result.eventsChecked()).isGreaterThanOrEqualTo(3);
        SignIn.as(context, "admin");
        try {
            assertThat(trail.lastVerification())
                    .get()
                    .extracting(AuditVerification::intact)
                    .isEqualTo(true);
        } finally {
            SignIn.out();
        }
    }

    @Test
    void aRolledBackChangeLeavesNoEventAndNoGap() {
        String action = "TEST_ROLLBACK_" + UUID.randomUUID().toString().substring(0, 8);
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                    auditLog.recordFor("tester", null, action, "TEST", "1", null, "x");
                    throw new IllegalStateException("rolled back");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = ?", Integer.class, action))
                .isZero();
        assertThat(verifyAsAdmin().intact()).isTrue();
    }

    @Test
    void anUpdatedValueIsNamedAsAltered() {
        List<Long> ids = write(3);
        long victim = ids.get(1);
        String original = jdbc.queryForObject("select new_value from audit_event where id = ?", String.class, victim);
        jdbc.update("update audit_event set new_value = '{\"score\":\"10.00\"}' where id = ?", victim);
        try {
            AuditVerification result = verifyAsAdmin();
            assertThat(result.intact()).isFalse();
            assertThat(result.problem()).isEqualTo(AuditProblem.ALTERED);
            assertThat(result.eventId()).isEqualTo(victim);
        } finally {
            jdbc.update("update audit_event set new_value = ? where id = ?", original, victim);
        }
        assertThat(verifyAsAdmin().intact()).isTrue();
    }

    @Test
    void aDeletedEventIsNamedByItsPositionAndTheEventAfterIt() {
        List<Long> ids = write(3);
        Map<String, Object> victim = jdbc.queryForMap("select * from audit_event where id = ?", ids.get(1));
        jdbc.update("delete from audit_event where id = ?", ids.get(1));
        try {
            AuditVerification result = verifyAsAdmin();
            assertThat(result.problem()).isEqualTo(AuditProblem.DELETED);
            assertThat(result.eventId()).isEqualTo(ids.get(2));
            assertThat(result.chainSeq()).isEqualTo(((Number) victim.get("chain_seq")).longValue());
        } finally {
            reinsert(victim);
        }
        assertThat(verifyAsAdmin().intact()).isTrue();
    }

    @Test
    void theLastEventDeletedIsSeenFromTheHead() {
        List<Long> ids = write(1);
        Map<String, Object> victim = jdbc.queryForMap("select * from audit_event where id = ?", ids.get(0));
        // the head moved on since (the verification's own events): delete the newest event instead
        Map<String, Object> newest =
                jdbc.queryForMap("select * from audit_event where chain_seq = (select last_seq from audit_chain_head)");
        jdbc.update("delete from audit_event where id = ?", newest.get("id"));
        try {
            AuditVerification result = verifyAsAdmin();
            assertThat(result.problem()).isEqualTo(AuditProblem.DELETED);
            assertThat(result.chainSeq()).isEqualTo(((Number) newest.get("chain_seq")).longValue());
        } finally {
            reinsert(newest);
        }
        assertThat(victim).isNotEmpty();
        assertThat(verifyAsAdmin().intact()).isTrue();
    }

    @Test
    void anEventInsertedOutsideTheChainIsNamed() {
        write(2);
        long forged = -System.nanoTime() % 1_000_000_000L - 1;
        jdbc.update("""
                insert into audit_event (id, occurred_at, actor, action, entity_type, entity_id, new_value)
                values (?, '2024-01-01 08:00:00', 'admin', 'SELF_SCORES_SAVED', 'SELF_ASSESSMENT', '1', '{}')
                """, forged);
        try {
            AuditVerification result = verifyAsAdmin();
            assertThat(result.problem()).isEqualTo(AuditProblem.INSERTED);
            assertThat(result.eventId()).isEqualTo(forged);
        } finally {
            jdbc.update("delete from audit_event where id = ?", forged);
        }
        assertThat(verifyAsAdmin().intact()).isTrue();
    }

    @Test
    void anEventInsertedWithAChainPositionButPastTheHeadIsNamed() {
        write(1);
        long forged = -System.nanoTime() % 1_000_000_000L - 1;
        long head = jdbc.queryForObject("select last_seq from audit_chain_head", Long.class);
        String headHash = jdbc.queryForObject("select last_hash from audit_chain_head", String.class);
        jdbc.update("""
                insert into audit_event (id, occurred_at, actor, action, entity_type, chain_seq, previous_hash, hash)
                values (?, '2024-01-01 08:00:00', 'admin', 'LOGIN_SUCCESS', 'USER', ?, ?, ?)
                """, forged, head + 1000, headHash, "f".repeat(64));
        try {
            AuditVerification result = verifyAsAdmin();
            assertThat(result.problem()).isEqualTo(AuditProblem.INSERTED);
            assertThat(result.eventId()).isEqualTo(forged);
        } finally {
            jdbc.update("delete from audit_event where id = ?", forged);
        }
        assertThat(verifyAsAdmin().intact()).isTrue();
    }

    @Test
    void twoWritersAtOnceKeepOneIntactChain() throws Exception {
        String action = "TEST_CONCURRENT_" + UUID.randomUUID().toString().substring(0, 8);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int thread = 0; thread < 2; thread++) {
                String actor = "writer" + thread;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 100; i++) {
                        int n = i;
                        transactions.executeWithoutResult(status -> {
                            auditLog.recordFor(actor, null, action, "TEST", String.valueOf(n), null, "a");
                            auditLog.recordFor(actor, null, action, "TEST", String.valueOf(n), null, "b");
                        });
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        List<Long> seqs = jdbc.queryForList(
                "select chain_seq from audit_event where action = ? order by chain_seq", Long.class, action);
        assertThat(seqs).hasSize(400).doesNotContainNull().doesNotHaveDuplicates();
        AuditVerification result = verifyAsAdmin();
        assertThat(result.intact()).as(String.valueOf(result)).isTrue();
    }

    @Test
    void onlyTheAdministratorAndTheSecretariatVerify() {
        SignIn.as(context, "namsach");
        assertThatThrownBy(() -> trail.verify())
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        SignIn.as(context, "noivu");
        assertThat(trail.verify().checkedBy()).isEqualTo("noivu");
    }

    private AuditVerification verifyAsAdmin() {
        SignIn.as(context, "admin");
        try {
            return trail.verify();
        } finally {
            SignIn.out();
        }
    }

    private List<Long> write(int count) {
        String action = "TEST_CHAIN_" + UUID.randomUUID().toString().substring(0, 8);
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < count; i++) {
                auditLog.recordFor("tester", "127.0.0.1", action, "TEST", String.valueOf(i), null, Map.of("n", i));
            }
        });
        return jdbc.queryForList("select id from audit_event where action = ? order by chain_seq", Long.class, action);
    }

    private List<Map<String, Object>> rows(List<Long> ids) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Long id : ids) {
            rows.add(jdbc.queryForMap("select * from audit_event where id = ?", id));
        }
        return rows;
    }

    private void reinsert(Map<String, Object> row) {
        List<String> columns = new ArrayList<>(row.keySet());
        String sql = "insert into audit_event (" + String.join(", ", columns) + ") values ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        jdbc.update(sql, columns.stream().map(row::get).toArray());
    }
}
