package vn.parindex.ranking.internal;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What a unit entered and was given in one period, by criteria node: its score items (self,
 * appraised, final, the explanation round) and its survey points in the active import.
 */
public record UnitScores(Map<Long, Item> items, Map<Long, BigDecimal> survey) {

    public static final UnitScores NONE = new UnitScores(Map.of(), Map.of());

    /** One score item; {@code accepted} is null until the appraiser decided on an answer. */
    public record Item(
            long nodeId,
            BigDecimal self,
            BigDecimal appraised,
            BigDecimal finalScore,
            boolean asked,
            boolean answered,
            Boolean accepted) {

        /** The points that count, as the draft ranking takes them: final, else appraised, else self. */
        public BigDecimal points() {
            if (finalScore != null) {
                return finalScore;
            }
            return appraised != null ? appraised : self;
        }
    }

    public UnitScores {
        items = Map.copyOf(items);
        survey = Map.copyOf(survey);
    }
}
