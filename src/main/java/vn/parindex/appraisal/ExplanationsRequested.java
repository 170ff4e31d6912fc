package vn.parindex.appraisal;

/**
 * The council's explanation requests reached a unit (the period moved to EXPLANATION): how many items
 * it must explain, and by when (the unit's deadline, extensions included).
 */
public record ExplanationsRequested(long periodId, long unitId, int itemCount, java.time.LocalDate deadline) {}
