package vn.parindex.leaders;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.audit.AuditLog;
import vn.parindex.audit.AuditScope;
import vn.parindex.leaders.internal.RuleStore;
import vn.parindex.period.PeriodDirectory;
import vn.parindex.security.CurrentUserService;
import vn.parindex.security.Role;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.ConcurrentEditException;

/**
 * A period's leader classification rules: read by the secretariat and leaders, saved by the
 * secretariat as a new revision (earlier revisions stay, classifications name the one they follow).
 */
@Service
@Transactional
public class LeaderRuleSets {

    private final RuleStore store;
    private final PeriodDirectory periods;
    private final AuditLog audit;
    private final CurrentUserService currentUser;
    private final Clock clock;

    LeaderRuleSets(
            RuleStore store, PeriodDirectory periods, AuditLog audit, CurrentUserService currentUser, Clock clock) {
        this.store = store;
        this.periods = periods;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The period's current rules, empty when none were saved yet. */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.LEADER})
    public Optional<RuleSet> current(long periodId) {
        return store.latest(periodId);
    }

    /** Every revision, newest first. */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.LEADER})
    public List<RuleSet> history(long periodId) {
        return store.history(periodId);
    }

    /**
     * Saves the period's rules as a new revision; refuses an incomplete or contradictory set, and a
     * save based on an older revision than the current one.
     *
     * @param expectedRevision the revision the user edited (0 when the period had none)
     */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public RuleSet save(long periodId, List<LeaderRule> rules, int expectedRevision) {
        periods.period(periodId);
        LeaderRuleEngine.validate(rules);
        Optional<RuleSet> current = store.latest(periodId);
        int revision = current.map(RuleSet::revision).orElse(0);
        if (revision != expectedRevision) {
            throw new ConcurrentEditException();
        }
        if (current.isPresent() && current.get().rules().equals(rules)) {
            throw new BusinessRuleException("leaders.rules.unchanged");
        }
        Instant now = Instant.now(clock);
        String by = currentUser.require().username();
        long id = store.save(periodId, revision + 1, now, by, rules);
        audit.record(
                AuditScope.period(periodId),
                "LEADER_RULES_SAVED",
                "LeaderRuleSet",
                id,
                current.map(RuleSet::rules).orElse(null),
                rules);
        return store.byId(id).orElseThrow();
    }
}
