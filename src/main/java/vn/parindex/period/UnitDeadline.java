package vn.parindex.period;

import java.time.LocalDate;

/** Where a period stands and a unit's deadline for one phase (an extension replaces the general one). */
public record UnitDeadline(Phase periodPhase, LocalDate deadline) {

    /** Work of the phase is open on this day: the period is in it and the deadline has not passed. */
    public boolean openOn(Phase phase, LocalDate today) {
        return periodPhase == phase && (deadline == null || !today.isAfter(deadline));
    }
}
