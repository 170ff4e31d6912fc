package vn.parindex.assessment.ui;

import java.util.List;
import java.util.Optional;
import vn.parindex.organization.UnitSummary;
import vn.parindex.period.PeriodSummary;
import vn.parindex.period.Phase;

/** Which period and unit the sheet opens with, from what the address asks and who is signed in. */
final class SheetChoice {

    private SheetChoice() {}

    /** The period asked for, else the one open for self-assessment, else the first (newest). */
    static PeriodSummary period(List<PeriodSummary> periods, Optional<Long> asked) {
        return asked.flatMap(id -> periods.stream().filter(p -> p.id() == id).findFirst())
                .or(() -> periods.stream()
                        .filter(p -> p.phase() == Phase.SELF_ASSESSMENT)
                        .findFirst())
                .or(() -> periods.stream().findFirst())
                .orElse(null);
    }

    /**
     * A focal point always works on their own unit ({@code scope}), whatever the address says;
     * anyone else gets the unit asked for, else their own, else none.
     */
    static UnitSummary unit(List<UnitSummary> units, Long scope, Optional<Long> asked, Long ownUnit) {
        Optional<Long> unitId = scope != null ? Optional.of(scope) : asked.or(() -> Optional.ofNullable(ownUnit));
        return unitId.flatMap(id -> units.stream().filter(u -> u.id() == id).findFirst())
                .orElse(null);
    }
}
