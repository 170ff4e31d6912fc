package vn.parindex.criteria;

import java.math.BigDecimal;
import java.util.Optional;
import vn.parindex.shared.BusinessRuleException;

/**
 * What a unit may enter for one scored node: the method's bounds, step or allowed values, and whether
 * the node applies to the unit at all. The same rule checks a value in the sheet and in the service.
 */
public record ScoreRule(
        long nodeId, String code, NodeLevel level, Scoring scoring, boolean evidenceRequired, boolean applicable) {

    private static final int MAX_DECIMALS = 2;

    public ScoringMethod method() {
        return scoring.method();
    }

    /** Whether the unit enters this value itself (survey items are imported, excluded items are not scored). */
    public boolean selfScored() {
        return applicable && method() != ScoringMethod.SURVEY;
    }

    /** A component saved without a scoring method (a validation problem of the set): nothing can be entered yet. */
    public boolean incomplete() {
        return method() == null;
    }

    /** Components count towards completeness; adjustment lines are optional. */
    public boolean requiredForSubmission() {
        return selfScored() && level == NodeLevel.COMPONENT;
    }

    public BigDecimal lowest() {
        return scoring.lowest();
    }

    public BigDecimal highest() {
        return scoring.highest();
    }

    /** The refusal for a value, or empty when it is allowed. A null value clears the score. */
    public Optional<BusinessRuleException> problemWith(BigDecimal value) {
        if (value == null) {
            return Optional.empty();
        }
        if (!applicable) {
            return refuse("score.notApplicable", code);
        }
        ScoringMethod method = scoring.method();
        if (method == ScoringMethod.SURVEY) {
            return refuse("score.survey", code);
        }
        if (method == null) {
            return refuse("score.ruleIncomplete", code);
        }
        if (Math.max(value.stripTrailingZeros().scale(), 0) > MAX_DECIMALS) {
            return refuse("score.decimals", code, value);
        }
        return switch (method) {
            case YES_NO ->
                value.compareTo(BigDecimal.ZERO) == 0 || value.compareTo(scoring.total()) == 0
                        ? Optional.empty()
                        : refuse("score.yesNo", code, value, scoring.total());
            case CHOICES ->
                scoring.allowedValues().stream().anyMatch(choice -> choice.compareTo(value) == 0)
                        ? Optional.empty()
                        : refuse("score.notAChoice", code, value);
            default -> rangeProblem(value);
        };
    }

    private Optional<BusinessRuleException> rangeProblem(BigDecimal value) {
        if (value.compareTo(highest()) > 0) {
            return refuse("score.aboveMaximum", code, value, highest());
        }
        if (value.compareTo(lowest()) < 0) {
            return refuse("score.belowMinimum", code, value, lowest());
        }
        BigDecimal step = scoring.step();
        if (step != null
                && step.signum() > 0
                && value.subtract(lowest()).remainder(step).signum() != 0) {
            return refuse("score.offStep", code, value, step);
        }
        return Optional.empty();
    }

    private static Optional<BusinessRuleException> refuse(String key, Object... arguments) {
        return Optional.of(new BusinessRuleException(key, arguments));
    }
}
