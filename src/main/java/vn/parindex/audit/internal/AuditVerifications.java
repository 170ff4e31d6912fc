package vn.parindex.audit.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parindex.audit.AuditLog;
import vn.parindex.audit.AuditProblem;
import vn.parindex.audit.AuditVerification;

/**
 * Runs a verification and keeps its result: a row in {@code audit_verification} (the home card
 * reads the latest), an audit event, and a log line carrying the head's hash, so the log outside the
 * database anchors the chain as it stood.
 */
@Component
public class AuditVerifications {

    private static final Logger LOG = LoggerFactory.getLogger(AuditVerifications.class);

    private final AuditChainVerifier verifier;
    private final AuditLog auditLog;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final TransactionTemplate transaction;

    AuditVerifications(
            AuditChainVerifier verifier,
            AuditLog auditLog,
            JdbcTemplate jdbc,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.verifier = verifier;
        this.auditLog = auditLog;
        this.jdbc = jdbc;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    public AuditVerification run(String checkedBy, String clientAddress) {
        Instant at = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        long started = System.nanoTime();
        AuditChainVerifier.Outcome outcome = verifier.verify();
        long millis = (System.nanoTime() - started) / 1_000_000;
        AuditVerification result = new AuditVerification(
                at,
                checkedBy,
                outcome.problem() == null,
                outcome.eventsChecked(),
                outcome.problem(),
                outcome.eventId(),
                outcome.chainSeq(),
                millis);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("intact", result.intact());
        detail.put("eventsChecked", result.eventsChecked());
        detail.put("problem", result.problem());
        detail.put("eventId", result.eventId());
        detail.put("chainSeq", result.chainSeq());
        transaction.executeWithoutResult(status -> {
            jdbc.update(
                    """
                    insert into audit_verification
                        (checked_at, checked_by, intact, events_checked, problem, event_id, chain_seq, duration_ms)
                    values (?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                    LocalDateTime.ofInstant(at, ZoneOffset.UTC),
                    checkedBy,
                    result.intact(),
                    result.eventsChecked(),
                    result.problem() == null ? null : result.problem().name(),
                    result.eventId(),
                    result.chainSeq(),
                    millis);
            auditLog.recordFor(checkedBy, clientAddress, "AUDIT_TRAIL_VERIFIED", "AUDIT_TRAIL", null, null, detail);
        });
        String headHash = jdbc.queryForObject("select last_hash from audit_chain_head where id = 1", String.class);
        if (result.intact()) {
            LOG.info(
                    "Audit trail intact: {} events checked in {} ms, head hash {}",
                    result.eventsChecked(),
                    millis,
                    headHash);
        } else {
            LOG.error(
                    "Audit trail BROKEN: {} at event id {} (chain position {}), {} events checked; head hash {}",
                    result.problem(),
                    result.eventId(),
                    result.chainSeq(),
                    result.eventsChecked(),
                    headHash);
        }
        return result;
    }

    public Optional<AuditVerification> latest() {
        return jdbc
                .query(
                        """
                        select checked_at, checked_by, intact, events_checked, problem, event_id, chain_seq, duration_ms
                        from audit_verification order by checked_at desc, id desc limit 1
                        """,
                        (rs, n) -> new AuditVerification(
                                rs.getObject("checked_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                                rs.getString("checked_by"),
                                rs.getBoolean("intact"),
                                rs.getLong("events_checked"),
                                rs.getString("problem") == null ? null : AuditProblem.valueOf(rs.getString("problem")),
                                AuditChainVerifier.nullableLong(rs, "event_id"),
                                AuditChainVerifier.nullableLong(rs, "chain_seq"),
                                rs.getLong("duration_ms")))
                .stream()
                .findFirst();
    }
}
