package vn.parindex.criteria;

/**
 * What the secretariat enters for one node. Areas and criteria carry only names and the maximum
 * their children add up to; components carry the scoring rule; adjustments a signed range.
 */
public record NodeDraft(
        NodeLevel level,
        String nameVi,
        String nameEn,
        Scoring scoring,
        boolean evidenceRequired,
        String guidanceVi,
        String guidanceEn) {

    public NodeDraft {
        scoring = scoring == null ? Scoring.group(null) : scoring;
    }

    /** An area or criterion: names and the declared maximum its children must add up to. */
    public static NodeDraft group(NodeLevel level, String nameVi, String nameEn, java.math.BigDecimal maxPoints) {
        return new NodeDraft(level, nameVi, nameEn, Scoring.group(maxPoints), false, null, null);
    }

    public java.math.BigDecimal maxPoints() {
        return scoring.maxPoints();
    }

    public ScoringMethod method() {
        return scoring.method();
    }

    /** The same draft with another scoring rule. */
    public NodeDraft withScoring(Scoring other) {
        return new NodeDraft(level, nameVi, nameEn, other, evidenceRequired, guidanceVi, guidanceEn);
    }
}
