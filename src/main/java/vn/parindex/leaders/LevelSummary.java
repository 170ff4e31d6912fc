package vn.parindex.leaders;

import java.util.EnumMap;
import java.util.Map;

/**
 * Heads per level in a block, this year and last year (approved classifications only; last year is
 * empty when none was approved).
 */
public record LevelSummary(int year, Map<Level, Integer> thisYear, Map<Level, Integer> lastYear) {

    public LevelSummary {
        thisYear = copy(thisYear);
        lastYear = lastYear == null ? null : copy(lastYear);
    }

    private static Map<Level, Integer> copy(Map<Level, Integer> counts) {
        EnumMap<Level, Integer> all = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            all.put(level, counts.getOrDefault(level, 0));
        }
        return Map.copyOf(all);
    }
}
