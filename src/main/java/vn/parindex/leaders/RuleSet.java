package vn.parindex.leaders;

import java.time.Instant;
import java.util.List;

/** One revision of a period's rules; {@code revision} 0 and no id when the period has none yet. */
public record RuleSet(
        Long id, long periodId, int revision, Instant createdAt, String createdBy, List<LeaderRule> rules) {

    public RuleSet {
        rules = List.copyOf(rules);
    }
}
