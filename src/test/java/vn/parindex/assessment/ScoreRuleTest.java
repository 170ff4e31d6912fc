package vn.parindex.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.parindex.criteria.Choice;
import vn.parindex.criteria.NodeLevel;
import vn.parindex.criteria.ScoreRule;
import vn.parindex.criteria.Scoring;
import vn.parindex.criteria.ScoringMethod;
import vn.parindex.shared.BusinessRuleException;

/** What each scoring method accepts, and how typed text becomes a score. */
class ScoreRuleTest {

    private static ScoreRule rule(
            ScoringMethod method, String max, String min, String rangeMax, String step, String... choices) {
        return new ScoreRule(
                1,
                "1.2.3",
                method == ScoringMethod.ADJUSTMENT ? NodeLevel.ADJUSTMENT : NodeLevel.COMPONENT,
                new Scoring(
                        method,
                        max == null ? null : new BigDecimal(max),
                        min == null ? null : new BigDecimal(min),
                        rangeMax == null ? null : new BigDecimal(rangeMax),
                        step == null ? null : new BigDecimal(step),
                        java.util.Arrays.stream(choices)
                                .map(value -> new Choice(new BigDecimal(value), value, value))
                                .toList()),
                true,
                true);
    }

    private static Optional<String> problem(ScoreRule rule, String value) {
        return rule.problemWith(value == null ? null : new BigDecimal(value)).map(BusinessRuleException::messageKey);
    }

    @Test
    void aRangeAcceptsValuesOnItsStepsBetweenItsBounds() {
        ScoreRule range = rule(ScoringMethod.RANGE, "1.5", null, null, "0.25");
        assertThat(problem(range, "0")).isEmpty();
        assertThat(problem(range, "1.25")).isEmpty();
        assertThat(problem(range, "1.50")).isEmpty();
        assertThat(problem(range, null)).isEmpty();
        assertThat(problem(range, "1.75")).contains("score.aboveMaximum");
        assertThat(problem(range, "-0.25")).contains("score.belowMinimum");
        assertThat(problem(range, "1.1")).contains("score.offStep");
        assertThat(problem(range, "1.255")).contains("score.decimals");
    }

    @Test
    void aRangeStartingAboveZeroCountsStepsFromItsStart() {
        ScoreRule range = rule(ScoringMethod.RANGE, "2", "0.5", "2", "0.5");
        assertThat(problem(range, "0.5")).isEmpty();
        assertThat(problem(range, "1.5")).isEmpty();
        assertThat(problem(range, "0.25")).contains("score.belowMinimum");
        assertThat(problem(range, "1.25")).contains("score.offStep");
    }

    @Test
    void yesNoTakesZeroOrTheMaximumOnly() {
        ScoreRule yesNo = rule(ScoringMethod.YES_NO, "1", null, null, null);
        assertThat(problem(yesNo, "1.00")).isEmpty();
        assertThat(problem(yesNo, "0")).isEmpty();
        assertThat(problem(yesNo, "0.5")).contains("score.yesNo");
    }

    @Test
    void choicesTakeOnlyTheListedLevels() {
        ScoreRule choices = rule(ScoringMethod.CHOICES, "1.5", null, null, null, "1.5", "1", "0.5", "0");
        assertThat(problem(choices, "1")).isEmpty();
        assertThat(problem(choices, "0.50")).isEmpty();
        assertThat(problem(choices, "0.75")).contains("score.notAChoice");
    }

    @Test
    void surveyItemsAndExcludedItemsAreNeverSelfScored() {
        assertThat(problem(rule(ScoringMethod.SURVEY, "1", null, null, null), "1"))
                .contains("score.survey");
        assertThat(problem(rule(ScoringMethod.SURVEY, "1", null, null, null), null))
                .isEmpty();
        ScoreRule excluded = new ScoreRule(
                1,
                "4.3.1",
                NodeLevel.COMPONENT,
                new Scoring(ScoringMethod.RANGE, new BigDecimal("2"), null, null, new BigDecimal("0.25"), List.of()),
                true,
                false);
        assertThat(problem(excluded, "1")).contains("score.notApplicable");
        assertThat(excluded.requiredForSubmission()).isFalse();
    }

    @Test
    void aComponentWithoutAMethodRefusesScoresWithAReasonInsteadOfFailing() {
        ScoreRule incomplete = rule(null, "2", null, null, null);
        assertThat(incomplete.incomplete()).isTrue();
        assertThat(problem(incomplete, "1")).contains("score.ruleIncomplete");
        assertThat(problem(incomplete, null)).isEmpty();
        assertThat(incomplete.lowest()).isEqualByComparingTo("0");
        assertThat(incomplete.highest()).isEqualByComparingTo("2");
        assertThat(incomplete.requiredForSubmission()).isTrue();
        assertThat(Progress.blockers(List.of(incomplete), java.util.Map.of()))
                .extracting(SubmissionBlocker::kind)
                .containsExactly(SubmissionBlocker.Kind.RULE_INCOMPLETE);
    }

    @Test
    void aStoredScoreTheChangedRuleNoLongerAllowsBlocksSubmission() {
        ScoreRule range = rule(ScoringMethod.RANGE, "1.5", null, null, "0.5");
        ItemState tooHigh = new ItemState(1, new BigDecimal("2"), "ghi chú", java.util.Set.of(), null, null, 3, true);
        assertThat(Progress.invalid(range, tooHigh)).isTrue();
        assertThat(Progress.blockers(List.of(range), java.util.Map.of(1L, tooHigh)))
                .extracting(SubmissionBlocker::kind)
                .containsExactly(SubmissionBlocker.Kind.INVALID_SCORE);
        ItemState allowed = new ItemState(1, new BigDecimal("1.5"), "ghi chú", java.util.Set.of(), null, null, 3, true);
        assertThat(Progress.blockers(List.of(range), java.util.Map.of(1L, allowed)))
                .isEmpty();
    }

    @Test
    void adjustmentLinesHaveSignedRanges() {
        ScoreRule penalty = rule(ScoringMethod.ADJUSTMENT, "2", "-2", "0", "0.5");
        assertThat(problem(penalty, "-1.5")).isEmpty();
        assertThat(problem(penalty, "-2.5")).contains("score.belowMinimum");
        assertThat(problem(penalty, "0.5")).contains("score.aboveMaximum");
        assertThat(penalty.requiredForSubmission()).isFalse();
    }

    @Test
    void typedTextIsReadWithACommaOrAPointAndNonNumbersAreRefused() {
        assertThat(ScoreInput.parse("1,5")).isEqualByComparingTo("1.5");
        assertThat(ScoreInput.parse(" 1.25 ")).isEqualByComparingTo("1.25");
        assertThat(ScoreInput.parse("")).isNull();
        assertThat(ScoreInput.parse(null)).isNull();
        assertThatThrownBy(() -> ScoreInput.parse("abc"))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("score.notNumber"));
        assertThatThrownBy(() -> ScoreInput.parse("1,000.5"))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("score.notNumber"));
        for (String notFinite : List.of("NaN", "Infinity", "-Infinity", "∞")) {
            assertThatThrownBy(() -> ScoreInput.parse(notFinite))
                    .as(notFinite)
                    .isInstanceOfSatisfying(
                            BusinessRuleException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("score.notFinite"));
        }
    }
}
