package vn.parindex.period.internal;

import java.time.LocalDate;

/** A unit's latest extension of one phase's deadline in a period. */
public record ExtensionRow(long unitId, LocalDate deadline) {}
