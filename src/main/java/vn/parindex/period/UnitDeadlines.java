package vn.parindex.period;

import java.time.LocalDate;
import java.util.Map;

/** Every unit's effective deadline for one phase of a period (see {@link UnitDeadline#of}). */
public record UnitDeadlines(Phase periodPhase, LocalDate general, Map<Long, LocalDate> latestExtensions) {

    public UnitDeadline forUnit(long unitId) {
        return UnitDeadline.of(periodPhase, general, latestExtensions.get(unitId));
    }
}
