package vn.parindex.period;

import java.time.LocalDate;

/**
 * Where a period stands and a unit's effective deadline for one phase: the later of the phase's
 * deadline and the unit's latest extension, so an extension never shortens a deadline the
 * secretariat moved later for everyone.
 *
 * @param extended whether the unit's own extension is what counts
 */
public record UnitDeadline(Phase periodPhase, LocalDate deadline, boolean extended) {

    /** The effective deadline from the phase's deadline and the unit's latest extension (either may be null). */
    public static UnitDeadline of(Phase periodPhase, LocalDate general, LocalDate latestExtension) {
        if (latestExtension != null && (general == null || latestExtension.isAfter(general))) {
            return new UnitDeadline(periodPhase, latestExtension, true);
        }
        return new UnitDeadline(periodPhase, general, false);
    }

    /** Work of the phase is open on this day: the period is in it and the deadline has not passed. */
    public boolean openOn(Phase phase, LocalDate today) {
        return periodPhase == phase && (deadline == null || !today.isAfter(deadline));
    }
}
