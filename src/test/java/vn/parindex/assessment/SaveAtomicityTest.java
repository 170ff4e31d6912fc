package vn.parindex.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parindex.criteria.ScoreRule;
import vn.parindex.criteria.ScoringMethod;
import vn.parindex.shared.DatabaseFailures;
import vn.parindex.support.InjectedFault;
import vn.parindex.support.PortalIntegrationTest;
import vn.parindex.support.SignIn;

/**
 * A save interrupted before its commit leaves nothing: neither the score nor its audit event. The
 * real service saves a focal point's score; the failure comes after the score row was written, once
 * from the audit write itself (a database error injected into the insert), once by killing the
 * transaction's connection on the server, which is what the server sees when the application
 * process dies mid-save. Runs on a 2024 department whose sheet is open; nothing is ever committed.
 */
@PortalIntegrationTest
class SaveAtomicityTest {

    /** Departments few other tests touch; the first whose 2024 sheet is still open is used. */
    private static final List<String> CANDIDATES = List.of("SNNPTNT", "STC", "SKHDT", "STNMT", "SKHCN", "SNV");

    @Autowired
    ApplicationContext context;

    @Autowired
    SelfAssessments assessments;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    EntityManager entityManager;

    @Autowired
    PlatformTransactionManager transactionManager;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    /** A change to make, with the stored state and the user's audit events before it. */
    record Target(
            String username,
            long assessmentId,
            long itemId,
            ItemChange change,
            BigDecimal before,
            long version,
            int auditEventsBefore) {}

    @Test
    void aFailingAuditWriteUndoesTheScore() {
        Target target = openSheetAndPickAChange();
        try (InjectedFault fault = InjectedFault.onInsert(
                jdbc,
                "audit_event",
                "NEW.actor = '" + target.username() + "'",
                InjectedFault.UNHANDLED_USER_EXCEPTION,
                "injected: audit write failed")) {
            assertThatThrownBy(() -> assessments.save(target.assessmentId(), List.of(target.change())))
                    .hasStackTraceContaining("injected: audit write failed");
        }
        assertNothingOf(target);
    }

    @Test
    void aConnectionKilledBeforeTheCommitUndoesScoreAndEvent() throws Exception {
        Target target = openSheetAndPickAChange();
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        long[] connectionId = {0};
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                    assessments.save(target.assessmentId(), List.of(target.change()));
                    // The audit chain writes the event just before the commit; this runs after it, so
                    // both rows are written, inside the transaction, when the connection goes.
                    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                        @Override
                        public void beforeCommit(boolean readOnly) {
                            entityManager.flush();
                            assertThat(jdbc.queryForObject(
                                            "select self_score from score_item where id = ?",
                                            BigDecimal.class,
                                            target.itemId()))
                                    .isEqualByComparingTo(target.change().score());
                            assertThat(auditEvents(target)).isEqualTo(target.auditEventsBefore() + 1);
                            connectionId[0] = jdbc.queryForObject("select connection_id()", Long.class);
                            kill(connectionId[0]);
                        }
                    });
                }))
                .satisfies(failure -> assertThat(DatabaseFailures.unavailable(failure))
                        .as("the lost connection is recognised as an outage: " + failure)
                        .isTrue());
        assertThat(connectionId[0]).isPositive();
        assertNothingOf(target);
    }

    private void assertNothingOf(Target target) {
        Map<String, Object> item =
                jdbc.queryForMap("select self_score, version from score_item where id = ?", target.itemId());
        BigDecimal score = (BigDecimal) item.get("self_score");
        if (target.before() == null) {
            assertThat(score).as("score after the failed save").isNull();
        } else {
            assertThat(score).as("score after the failed save").isEqualByComparingTo(target.before());
        }
        assertThat(((Number) item.get("version")).longValue()).isEqualTo(target.version());
        assertThat(auditEvents(target)).as("audit events of the failed save").isEqualTo(target.auditEventsBefore());
        long period = AssessmentFixtures.period2024(context);
        SignIn.as(context, target.username(), vn.parindex.support.Accounts.PASSWORD);
        Sheet sheet = assessments.sheet(period, unitOf(target.assessmentId()));
        assertThat(sheet.item(target.change().nodeId()).version()).isEqualTo(target.version());
    }

    private long unitOf(long assessmentId) {
        return jdbc.queryForObject("select unit_id from self_assessment where id = ?", Long.class, assessmentId);
    }

    private int auditEvents(Target target) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where actor = ?", Integer.class, target.username());
    }

    /** Kills a connection from another one, as the server does when its client process dies. */
    private void kill(long id) {
        try (Connection other = dataSource.getConnection();
                Statement statement = other.createStatement()) {
            statement.execute("KILL CONNECTION " + id);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Signs in a new focal point of the first candidate unit whose 2024 sheet is open, and picks a
     * component with a new allowed value. The item row exists (opening the sheet creates it).
     */
    private Target openSheetAndPickAChange() {
        long period = AssessmentFixtures.period2024(context);
        for (String code : CANDIDATES) {
            long unitId = AssessmentFixtures.unit(context, code).id();
            String username = AssessmentFixtures.signInFocalPointOf(context, code);
            Sheet sheet = assessments.sheet(period, unitId);
            if (!sheet.editable() || sheet.assessmentId() == null) {
                continue;
            }
            for (ScoreRule rule : sheet.rules().values()) {
                if (!rule.requiredForSubmission() || rule.method() == ScoringMethod.CHOICES) {
                    continue;
                }
                ItemState item = sheet.item(rule.nodeId());
                BigDecimal value = item.score() != null && item.score().compareTo(rule.highest()) == 0
                        ? rule.lowest()
                        : rule.highest();
                Long itemId = jdbc
                        .query(
                                "select id from score_item where assessment_id = ? and node_id = ?",
                                (rs, row) -> rs.getLong(1),
                                sheet.assessmentId(),
                                rule.nodeId())
                        .stream()
                        .findFirst()
                        .orElse(null);
                if (itemId == null) {
                    continue;
                }
                Target target = new Target(
                        username,
                        sheet.assessmentId(),
                        itemId,
                        new ItemChange(rule.nodeId(), item.version(), value, item.note()),
                        item.score(),
                        item.version(),
                        0);
                return new Target(
                        target.username(),
                        target.assessmentId(),
                        target.itemId(),
                        target.change(),
                        target.before(),
                        target.version(),
                        auditEvents(target));
            }
        }
        throw new IllegalStateException("No open 2024 sheet among " + CANDIDATES);
    }
}
