package vn.parindex.period.internal;

import java.time.LocalDate;
import vn.parindex.period.Phase;

/**
 * A period's phase with, for one unit and phase, the period's deadline and the unit's latest
 * extension (either may be missing).
 */
public record DeadlineRow(Phase phase, LocalDate general, LocalDate extension) {}
