package vn.parindex.criteria;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the secretariat enters for one node. Areas and criteria carry only names (their maximum is
 * the sum of their children); components carry the scoring rule; adjustments a signed range.
 */
public record NodeDraft(
        NodeLevel level,
        String nameVi,
        String nameEn,
        BigDecimal maxPoints,
        ScoringMethod method,
        BigDecimal rangeMin,
        BigDecimal rangeMax,
        BigDecimal step,
        List<Choice> choices,
        boolean evidenceRequired,
        String guidanceVi,
        String guidanceEn) {

    public NodeDraft {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /** An area or criterion: names and the declared maximum its children must add up to. */
    public static NodeDraft group(NodeLevel level, String nameVi, String nameEn, BigDecimal maxPoints) {
        return new NodeDraft(level, nameVi, nameEn, maxPoints, null, null, null, null, List.of(), false, null, null);
    }
}
