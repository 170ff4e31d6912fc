package vn.parindex.period;

/**
 * A new assessment period exists. Published inside the creating transaction so the modules that set
 * up a period (criteria sets copied from the previous year) do it atomically with the creation.
 */
public record PeriodCreated(long periodId, int year, Long previousPeriodId) {}
