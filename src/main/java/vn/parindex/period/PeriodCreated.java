package vn.parindex.period;

import java.util.Map;

/**
 * A new assessment period exists. Published inside the creating transaction so the modules that set
 * up a period (criteria sets copied from the previous year) do it atomically with the creation. A
 * first period (no previous one) names per block id the shipped criteria set it starts from
 * ({@link StartingCriteria}); blocks not named start without a set.
 */
public record PeriodCreated(long periodId, int year, Long previousPeriodId, Map<Long, String> startingSets) {

    public PeriodCreated {
        startingSets = startingSets == null ? Map.of() : Map.copyOf(startingSets);
    }

    public PeriodCreated(long periodId, int year, Long previousPeriodId) {
        this(periodId, year, previousPeriodId, Map.of());
    }
}
