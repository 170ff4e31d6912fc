package vn.parindex.assessment.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.parindex.period.PeriodDirectory;
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
    private final PeriodDirectory periods;
    private final Clock clock;

    AssessmentWindow(CurrentUserService currentUser, PeriodDirectory periods, Clock clock) {
        this.currentUser = currentUser;
        this.periods = periods;
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

    /**
     * Refuses a change to the unit's assessment, with the reason, unless the caller may make it now;
     * a focal point of another unit is refused as out of scope whatever id was sent.
     */
    public void requireEditable(long periodId, long unitId, boolean submitted) {
        currentUser.checkUnitAccess(unitId);
        String reason = lockReason(unitId, periods.unitDeadline(periodId, unitId, Phase.SELF_ASSESSMENT), submitted);
        if (reason != null) {
            throw new BusinessRuleException(reason);
        }
    }

    public void requireEditable(SelfAssessment assessment) {
        requireEditable(assessment.getPeriodId(), assessment.getUnitId(), assessment.submitted());
    }
}
