package vn.parindex.criteria;

import java.math.BigDecimal;
import java.util.List;

/**
 * How a node is scored: method, maximum, range (start, end, step) and allowed values. The one
 * place for the rules that tie them together; nodes, drafts and a unit's rules all carry it.
 *
 * @param maxPoints the node's maximum (areas and criteria: what their children add up to)
 * @param rangeMin start of a RANGE (0 when not set) or the lowest value of an ADJUSTMENT line
 * @param rangeMax end of a RANGE (the maximum when not set) or the highest value of an ADJUSTMENT line
 */
public record Scoring(
        ScoringMethod method,
        BigDecimal maxPoints,
        BigDecimal rangeMin,
        BigDecimal rangeMax,
        BigDecimal step,
        List<Choice> choices) {

    /** The step of adjustment lines when none is given (bonus and penalty points are quarters). */
    public static final BigDecimal ADJUSTMENT_STEP = new BigDecimal("0.25");

    public Scoring {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /** An area or criterion: only the declared maximum its children must add up to. */
    public static Scoring group(BigDecimal maxPoints) {
        return new Scoring(null, maxPoints, null, null, null, List.of());
    }

    /**
     * A rule as the secretariat enters it for a node of the level: a component's range always ends
     * at its maximum (only its start may differ from 0); an adjustment line's maximum is the larger
     * of its end and the size of its start; what the method does not use is dropped.
     */
    public static Scoring entered(
            NodeLevel level,
            ScoringMethod chosen,
            BigDecimal maxPoints,
            BigDecimal start,
            BigDecimal end,
            BigDecimal step,
            List<Choice> choices) {
        if (level == NodeLevel.ADJUSTMENT) {
            return adjustment(start, end, step);
        }
        if (level == NodeLevel.COMPONENT && chosen == ScoringMethod.RANGE) {
            return new Scoring(chosen, maxPoints, start == null ? BigDecimal.ZERO : start, maxPoints, step, List.of());
        }
        return new Scoring(chosen, maxPoints, start, end, step, choices).keptFor(level);
    }

    /** A bonus or penalty line from start to end; its maximum is the larger of the end and the size of the start. */
    public static Scoring adjustment(BigDecimal start, BigDecimal end, BigDecimal step) {
        BigDecimal max = end == null ? null : end.max(start == null ? BigDecimal.ZERO : start.abs());
        return new Scoring(ScoringMethod.ADJUSTMENT, max, start, end, step, List.of());
    }

    /** Keeps only what the node's level and method use: areas and criteria keep their maximum alone. */
    public Scoring keptFor(NodeLevel level) {
        if (!level.scored()) {
            return group(maxPoints);
        }
        ScoringMethod kept = level == NodeLevel.ADJUSTMENT ? ScoringMethod.ADJUSTMENT : method;
        boolean ranged = kept == ScoringMethod.RANGE || kept == ScoringMethod.ADJUSTMENT;
        return new Scoring(
                kept,
                maxPoints,
                ranged ? rangeMin : null,
                ranged ? rangeMax : null,
                ranged ? step : null,
                kept == ScoringMethod.CHOICES ? choices : List.of());
    }

    /** The declared maximum, zero when not yet set. */
    public BigDecimal total() {
        return maxPoints == null ? BigDecimal.ZERO : maxPoints;
    }

    public boolean ranged() {
        return method == ScoringMethod.RANGE || method == ScoringMethod.ADJUSTMENT;
    }

    /** The lowest score a unit may enter. */
    public BigDecimal lowest() {
        return ranged() && rangeMin != null ? rangeMin : BigDecimal.ZERO;
    }

    /** The highest score a unit may enter. */
    public BigDecimal highest() {
        return ranged() && rangeMax != null ? rangeMax : total();
    }

    public List<BigDecimal> allowedValues() {
        return choices.stream().map(Choice::value).toList();
    }

    /**
     * Whether both accept exactly the same scores: method, maximum, range, step and allowed values
     * compared by value (1.50 = 1.5); the choices' descriptions do not count.
     */
    public boolean acceptsSameScoresAs(Scoring other) {
        return method == other.method
                && same(maxPoints, other.maxPoints)
                && same(rangeMin, other.rangeMin)
                && same(rangeMax, other.rangeMax)
                && same(step, other.step)
                && plain(allowedValues()).equals(plain(other.allowedValues()));
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static List<BigDecimal> plain(List<BigDecimal> values) {
        return values.stream()
                .map(value -> value == null ? null : value.stripTrailingZeros())
                .toList();
    }
}
