package vn.parindex.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.parindex.criteria.Scoring;
import vn.parindex.criteria.ScoringMethod;

/**
 * Chooses a unit's final scores so that its published index comes out exactly as the demo needs:
 * every component on its rule's grid (one of the values the rule allows), survey points in cents within
 * each survey component's maximum. Deterministic for a given seed, so the demo is the same on every start.
 */
final class DemoScoreFitter {

    static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final BigDecimal CENT = new BigDecimal("0.01");
    private static final int MAX_MOVES = 100_000;

    private DemoScoreFitter() {}

    /** One scored component: the values its rule allows, lowest first. */
    record Slot(long key, List<BigDecimal> values) {
        Slot {
            values = List.copyOf(values);
            if (values.isEmpty()) {
                throw new IllegalArgumentException("No allowed value for " + key);
            }
        }

        BigDecimal top() {
            return values.get(values.size() - 1);
        }
    }

    /** A unit's final component scores and survey points, by key (node id), in the order given. */
    record UnitFit(Map<Long, BigDecimal> components, Map<Long, BigDecimal> survey) {

        BigDecimal total(BigDecimal adjustments) {
            return sum(components.values()).add(sum(survey.values())).add(adjustments);
        }
    }

    /** The values a rule allows, lowest first (ranges and adjustment lines by their step, quarters when none). */
    static List<BigDecimal> grid(Scoring scoring) {
        ScoringMethod method = scoring.method();
        if (method == null || method == ScoringMethod.SURVEY) {
            return List.of();
        }
        return switch (method) {
            case YES_NO -> List.of(BigDecimal.ZERO.setScale(2), scoring.total().setScale(2));
            case CHOICES ->
                scoring.allowedValues().stream()
                        .map(value -> value.setScale(2, RoundingMode.UNNECESSARY))
                        .distinct()
                        .sorted()
                        .toList();
            default -> {
                BigDecimal step = scoring.step() == null || scoring.step().signum() <= 0
                        ? Scoring.ADJUSTMENT_STEP
                        : scoring.step();
                List<BigDecimal> values = new ArrayList<>();
                for (BigDecimal value = scoring.lowest();
                        value.compareTo(scoring.highest()) <= 0;
                        value = value.add(step)) {
                    values.add(value.setScale(2, RoundingMode.UNNECESSARY));
                }
                yield values;
            }
        };
    }

    /** The index % a total gives: total / maximum x 100, rounded half-up to two decimals. */
    static BigDecimal index(BigDecimal total, BigDecimal maximum) {
        return total.multiply(HUNDRED).divide(maximum, 2, RoundingMode.HALF_UP);
    }

    /** The total (in cents) nearest to target x maximum / 100 whose index rounds to the target. */
    static BigDecimal totalFor(BigDecimal targetIndex, BigDecimal maximum) {
        BigDecimal exact = targetIndex.multiply(maximum).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        for (int offset = 0; offset < 100; offset++) {
            for (int sign : new int[] {1, -1}) {
                BigDecimal total = exact.add(CENT.multiply(BigDecimal.valueOf((long) sign * offset)));
                if (index(total, maximum).compareTo(targetIndex) == 0) {
                    return total;
                }
            }
        }
        throw new IllegalArgumentException("No total gives index " + targetIndex + " of " + maximum);
    }

    /**
     * Fits one unit: the survey gets about its share of the target (a little above or below at random),
     * the components the rest on their grid, and the survey points make up the exact remainder.
     *
     * @param adjustments the sum of the unit's final adjustment lines (bonus, penalty), already decided
     */
    static UnitFit fit(
            List<Slot> components,
            Map<Long, BigDecimal> surveyMaxima,
            BigDecimal adjustments,
            BigDecimal targetIndex,
            BigDecimal applicableMaximum,
            Random random) {
        BigDecimal total = totalFor(targetIndex, applicableMaximum);
        BigDecimal componentTop = sum(components.stream().map(Slot::top).toList());
        BigDecimal surveyTop = sum(surveyMaxima.values());
        BigDecimal grid = gridStep(components);
        BigDecimal share = targetIndex
                .divide(HUNDRED, 6, RoundingMode.HALF_UP)
                .add(BigDecimal.valueOf(random.nextInt(61) - 30, 3));
        BigDecimal surveyGuess = surveyTop.multiply(share).min(surveyTop).max(BigDecimal.ZERO);
        BigDecimal wanted = total.subtract(adjustments).subtract(surveyGuess).min(componentTop);
        // Down to the components' grid, counted from their top, so the sum is reachable.
        BigDecimal deficit = componentTop
                .subtract(wanted)
                .divide(grid, 0, RoundingMode.CEILING)
                .max(BigDecimal.ZERO)
                .multiply(grid);
        BigDecimal componentSum = componentTop.subtract(deficit);
        BigDecimal survey = total.subtract(adjustments).subtract(componentSum);
        while (survey.compareTo(surveyTop) > 0) {
            componentSum = componentSum.add(grid);
            survey = survey.subtract(grid);
        }
        while (survey.signum() < 0) {
            componentSum = componentSum.subtract(grid);
            survey = survey.add(grid);
        }
        if (componentSum.compareTo(componentTop) > 0 || componentSum.signum() < 0) {
            throw new IllegalArgumentException("Index " + targetIndex + " cannot be reached");
        }
        return new UnitFit(distribute(components, componentSum, random), spread(surveyMaxima, survey, random));
    }

    /**
     * Final scores on each slot's grid adding up to exactly {@code sum}: everything starts at its top,
     * then one-level deductions on slots picked at random until the sum is reached (with an occasional
     * step back up when only larger deductions are left).
     */
    static Map<Long, BigDecimal> distribute(List<Slot> slots, BigDecimal sum, Random random) {
        int[] level = new int[slots.size()];
        BigDecimal deficit = BigDecimal.ZERO;
        for (int i = 0; i < slots.size(); i++) {
            level[i] = slots.get(i).values().size() - 1;
            deficit = deficit.add(slots.get(i).top());
        }
        deficit = deficit.subtract(sum);
        if (deficit.signum() < 0) {
            throw new IllegalArgumentException("Sum " + sum + " above the top of the slots");
        }
        for (int moves = 0; deficit.signum() > 0; moves++) {
            if (moves > MAX_MOVES) {
                throw new IllegalArgumentException("Sum " + sum + " is not reachable on the grids");
            }
            List<Integer> fitting = new ArrayList<>();
            for (int i = 0; i < slots.size(); i++) {
                if (level[i] > 0 && drop(slots.get(i), level[i]).compareTo(deficit) <= 0) {
                    fitting.add(i);
                }
            }
            if (!fitting.isEmpty()) {
                int chosen = fitting.get(random.nextInt(fitting.size()));
                deficit = deficit.subtract(drop(slots.get(chosen), level[chosen]));
                level[chosen]--;
            } else {
                List<Integer> raisable = new ArrayList<>();
                for (int i = 0; i < slots.size(); i++) {
                    if (level[i] < slots.get(i).values().size() - 1) {
                        raisable.add(i);
                    }
                }
                if (raisable.isEmpty()) {
                    throw new IllegalArgumentException("Sum " + sum + " is not reachable on the grids");
                }
                int chosen = raisable.get(random.nextInt(raisable.size()));
                level[chosen]++;
                deficit = deficit.add(drop(slots.get(chosen), level[chosen]));
            }
        }
        Map<Long, BigDecimal> scores = new LinkedHashMap<>();
        for (int i = 0; i < slots.size(); i++) {
            scores.put(slots.get(i).key(), slots.get(i).values().get(level[i]));
        }
        return scores;
    }

    /**
     * Survey points adding up to exactly {@code sum} in cents: each component about its share of its
     * maximum, varied a little, never above its maximum.
     */
    static Map<Long, BigDecimal> spread(Map<Long, BigDecimal> maxima, BigDecimal sum, Random random) {
        BigDecimal top = sum(maxima.values());
        if (sum.signum() < 0 || sum.compareTo(top) > 0) {
            throw new IllegalArgumentException("Survey sum " + sum + " outside 0 to " + top);
        }
        Map<Long, BigDecimal> points = new LinkedHashMap<>();
        if (top.signum() == 0) {
            maxima.keySet().forEach(key -> points.put(key, BigDecimal.ZERO.setScale(2)));
            return points;
        }
        BigDecimal ratio = sum.divide(top, 8, RoundingMode.HALF_UP);
        for (Map.Entry<Long, BigDecimal> entry : maxima.entrySet()) {
            BigDecimal varied = ratio.add(BigDecimal.valueOf(random.nextInt(41) - 20, 3));
            BigDecimal value = entry.getValue()
                    .multiply(varied)
                    .setScale(2, RoundingMode.DOWN)
                    .max(BigDecimal.ZERO)
                    .min(entry.getValue());
            points.put(entry.getKey(), value);
        }
        // The remainder (either sign) goes on the components with room, in cents, largest room first.
        BigDecimal remainder = sum.subtract(sum(points.values()));
        List<Long> keys = new ArrayList<>(maxima.keySet());
        while (remainder.signum() != 0) {
            boolean up = remainder.signum() > 0;
            keys.sort(
                    Comparator.comparing((Long key) -> up ? maxima.get(key).subtract(points.get(key)) : points.get(key))
                            .reversed());
            Long key = keys.get(0);
            BigDecimal room = up ? maxima.get(key).subtract(points.get(key)) : points.get(key);
            BigDecimal move = remainder.abs().min(room);
            if (move.signum() == 0) {
                throw new IllegalStateException("No room left for survey points");
            }
            points.put(key, up ? points.get(key).add(move) : points.get(key).subtract(move));
            remainder = up ? remainder.subtract(move) : remainder.add(move);
        }
        return points;
    }

    /** The largest step every slot's values and sums move by (0.25 for the reference sets). */
    static BigDecimal gridStep(List<Slot> slots) {
        long gcd = 0;
        for (Slot slot : slots) {
            for (BigDecimal value : slot.values()) {
                gcd = gcd(gcd, Math.abs(value.movePointRight(2).longValueExact()));
            }
        }
        return gcd == 0 ? CENT : BigDecimal.valueOf(gcd, 2);
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    private static BigDecimal drop(Slot slot, int level) {
        return slot.values().get(level).subtract(slot.values().get(level - 1));
    }

    static BigDecimal sum(java.util.Collection<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
