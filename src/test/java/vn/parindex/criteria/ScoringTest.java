package vn.parindex.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules that tie a node's method, maximum, range, step and choices together, in one place. */
class ScoringTest {

    private static final List<Choice> CHOICES =
            List.of(new Choice(new BigDecimal("1"), "Đạt", "Met"), new Choice(BigDecimal.ZERO, "Không", "No"));

    @Test
    void anEnteredRangeEndsAtTheComponentsMaximumAndStartsAtZeroUnlessGiven() {
        Scoring range = Scoring.entered(
                NodeLevel.COMPONENT,
                ScoringMethod.RANGE,
                new BigDecimal("2"),
                null,
                new BigDecimal("7"),
                new BigDecimal("0.5"),
                CHOICES);
        assertThat(range)
                .isEqualTo(new Scoring(
                        ScoringMethod.RANGE,
                        new BigDecimal("2"),
                        BigDecimal.ZERO,
                        new BigDecimal("2"),
                        new BigDecimal("0.5"),
                        List.of()));
        assertThat(Scoring.entered(
                                NodeLevel.COMPONENT,
                                ScoringMethod.RANGE,
                                new BigDecimal("2"),
                                new BigDecimal("1"),
                                null,
                                new BigDecimal("0.5"),
                                List.of())
                        .rangeMin())
                .isEqualByComparingTo("1");
    }

    @Test
    void anAdjustmentLinesMaximumIsTheLargerOfItsEndAndTheSizeOfItsStart() {
        Scoring penalty = Scoring.entered(
                NodeLevel.ADJUSTMENT, null, new BigDecimal("9"), new BigDecimal("-3"), new BigDecimal("1"), null, null);
        assertThat(penalty.method()).isEqualTo(ScoringMethod.ADJUSTMENT);
        assertThat(penalty.maxPoints()).isEqualByComparingTo("3");
        assertThat(Scoring.adjustment(new BigDecimal("-1"), new BigDecimal("2"), Scoring.ADJUSTMENT_STEP)
                        .maxPoints())
                .isEqualByComparingTo("2");
        assertThat(penalty.lowest()).isEqualByComparingTo("-3");
        assertThat(penalty.highest()).isEqualByComparingTo("1");
    }

    @Test
    void whatTheMethodDoesNotUseIsDropped() {
        Scoring typed = new Scoring(
                ScoringMethod.YES_NO, new BigDecimal("1"), BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ONE, CHOICES);
        assertThat(typed.keptFor(NodeLevel.COMPONENT))
                .isEqualTo(new Scoring(ScoringMethod.YES_NO, new BigDecimal("1"), null, null, null, List.of()));
        assertThat(typed.keptFor(NodeLevel.CRITERION)).isEqualTo(Scoring.group(new BigDecimal("1")));
        assertThat(new Scoring(ScoringMethod.CHOICES, BigDecimal.ONE, null, null, BigDecimal.ONE, CHOICES)
                        .keptFor(NodeLevel.COMPONENT)
                        .choices())
                .isEqualTo(CHOICES);
        assertThat(typed.keptFor(NodeLevel.ADJUSTMENT).method()).isEqualTo(ScoringMethod.ADJUSTMENT);
    }

    @Test
    void twoRulesAcceptTheSameScoresWhenTheirNumbersAreEqualByValue() {
        Scoring a = new Scoring(ScoringMethod.CHOICES, new BigDecimal("1.50"), null, null, null, CHOICES);
        Scoring b = new Scoring(
                ScoringMethod.CHOICES,
                new BigDecimal("1.5"),
                null,
                null,
                null,
                List.of(
                        new Choice(new BigDecimal("1.00"), "khác", "other"),
                        new Choice(new BigDecimal("0.0"), "khác", "other")));
        assertThat(a.acceptsSameScoresAs(b)).isTrue();
        assertThat(a.acceptsSameScoresAs(new Scoring(
                        ScoringMethod.CHOICES, new BigDecimal("1.5"), null, null, null, List.of(CHOICES.get(0)))))
                .isFalse();
        assertThat(a.acceptsSameScoresAs(
                        new Scoring(ScoringMethod.YES_NO, new BigDecimal("1.5"), null, null, null, CHOICES)))
                .isFalse();
        assertThat(Scoring.group(null).acceptsSameScoresAs(Scoring.group(null))).isTrue();
    }

    @Test
    void withoutARangeTheScoreRunsFromZeroToTheMaximum() {
        Scoring yesNo = new Scoring(ScoringMethod.YES_NO, new BigDecimal("2"), null, null, null, List.of());
        assertThat(yesNo.lowest()).isEqualByComparingTo("0");
        assertThat(yesNo.highest()).isEqualByComparingTo("2");
        assertThat(Scoring.group(null).total()).isEqualByComparingTo("0");
    }
}
