package vn.parindex.shared.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parindex.awards.AwardTypes;
import vn.parindex.support.InjectedFault;
import vn.parindex.support.PortalIntegrationTest;
import vn.parindex.support.SignIn;

/**
 * A write rolled back by a deadlock (or a Galera certification failure, which MariaDB reports the same
 * way) runs again as a whole, at most three times; the fault is injected at commit, where the audit
 * event is written, as a certification failure would strike.
 */
@PortalIntegrationTest
class TransientConflictRetryTest {

    @Autowired
    AwardTypes awardTypes;

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

    private static String name() {
        return "Khen thưởng thử " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String addedEventOf(String name) {
        return "NEW.action = 'AWARD_TYPE_ADDED' AND NEW.new_value LIKE '%" + name + "%'";
    }

    private int typesNamed(String name) {
        return jdbc.queryForObject("select count(*) from award_type where name_vi = ?", Integer.class, name);
    }

    private int eventsNaming(String name) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where action = 'AWARD_TYPE_ADDED' and new_value like ?",
                Integer.class,
                "%" + name + "%");
    }

    @Test
    void aWriteRolledBackByADeadlockAtCommitRunsAgainAndIsSavedOnce() {
        String name = name();
        SignIn.as(context, "noivu");
        try (InjectedFault fault = InjectedFault.deadlockOnFirstInserts(jdbc, "audit_event", addedEventOf(name), 2)) {
            awardTypes.add(name, name + " (en)");

            assertThat(fault.attempts())
                    .as("two conflicts, then the third attempt commits")
                    .isEqualTo(3);
        }
        assertThat(typesNamed(name)).isEqualTo(1);
        assertThat(eventsNaming(name)).as("one change, one audit event").isEqualTo(1);
    }

    @Test
    void aConflictOnEveryAttemptReachesTheCallerAfterThreeAndLeavesNothing() {
        String name = name();
        SignIn.as(context, "noivu");
        try (InjectedFault fault = InjectedFault.deadlockOnFirstInserts(jdbc, "audit_event", addedEventOf(name), 100)) {
            assertThatThrownBy(() -> awardTypes.add(name, name + " (en)"))
                    .satisfies(error ->
                            assertThat(TransientConflictRetry.conflict(error)).isTrue());

            assertThat(fault.attempts()).isEqualTo(TransientConflictRetry.ATTEMPTS);
        }
        assertThat(typesNamed(name)).isZero();
        assertThat(eventsNaming(name)).isZero();
    }

    @Test
    void aCallInsideSomeoneElsesTransactionIsNotRetriedOnItsOwn() {
        String name = name();
        SignIn.as(context, "noivu");
        try (InjectedFault fault = InjectedFault.deadlockOnFirstInserts(jdbc, "audit_event", addedEventOf(name), 1)) {
            assertThatThrownBy(() -> transactions.executeWithoutResult(status -> awardTypes.add(name, name + " (en)")))
                    .satisfies(error ->
                            assertThat(TransientConflictRetry.conflict(error)).isTrue());

            assertThat(fault.attempts())
                    .as("the outer transaction is doomed; retrying the inner call alone would not help")
                    .isEqualTo(1);
        }
        assertThat(typesNamed(name)).isZero();
    }

    @Test
    void onlyDeadlocksAndCertificationFailuresCountAsConflicts() {
        SQLException deadlock = new SQLTransactionRollbackException("Deadlock found", "40001", 1213);
        SQLException lockWait = new SQLException("Lock wait timeout exceeded", "HY000", 1205);

        assertThat(TransientConflictRetry.conflict(new CannotAcquireLockException("wrapped", deadlock)))
                .isTrue();
        assertThat(TransientConflictRetry.conflict(new CannotAcquireLockException("waited", lockWait)))
                .as("a lock wait timeout already waited")
                .isFalse();
        assertThat(TransientConflictRetry.conflict(new ObjectOptimisticLockingFailureException("AwardType", 1L)))
                .as("someone else's newer version is the user's to look at, not ours to overwrite")
                .isFalse();
    }
}
