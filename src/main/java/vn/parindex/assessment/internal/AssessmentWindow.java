package vn.parindex.assessment.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.parindex.period.Phase;
import vn.parindex.period.UnitDeadline;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.CurrentUserService;
import vn.parindex.security.Role;
import vn.parindex.shared.BusinessRuleException;

/**
 * Decides whether the signed-in user may change a unit's self-assessment today: only the unit's own
 * focal point, only while the period is in self-assessment, before the unit's deadline (extensions
 * included) and before submission.
 */
@Component
public class AssessmentWindow {

    private final CurrentUserService currentUser;
    private final Clock clock;

    AssessmentWindow(CurrentUserService currentUser, Clock clock) {
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The translation key of why the caller cannot change the assessment, or null when they can. */
    public String lockReason(long unitId, UnitDeadline deadline, boolean submitted) {
        CurrentUser user = currentUser.require();
        if (!user.hasRole(Role.FOCAL_POINT) || user.unitId() == null || user.unitId() != unitId) {
            return "assessment.lock.readOnly";
        }
        if (deadline.periodPhase() != Phase.SELF_ASSESSMENT) {
            return deadline.periodPhase().isAfter(Phase.SELF_ASSESSMENT)
                    ? "assessment.lock.closed"
                    : "assessment.lock.notOpen";
        }
        if (submitted) {
            return "assessment.lock.submitted";
        }
        if (!deadline.openOn(Phase.SELF_ASSESSMENT, today())) {
            return "assessment.lock.deadlinePassed";
        }
        return null;
    }

    /** Refuses the change with the reason when the caller may not make it. */
    public void requireEditable(long unitId, UnitDeadline deadline, boolean submitted) {
        String reason = lockReason(unitId, deadline, submitted);
        if (reason != null) {
            throw new BusinessRuleException(reason);
        }
    }
}
