package vn.parindex.assessment;

/** Something that keeps an assessment from being submitted, on one component. */
public record SubmissionBlocker(long nodeId, String code, Kind kind) {

    public enum Kind {
        /** An applicable component has no score. */
        UNSCORED,
        /** Evidence is required and there is neither evidence nor a note explaining why. */
        EVIDENCE_MISSING,
        /** The stored score is not allowed by the component's current rule (changed after it was entered). */
        INVALID_SCORE,
        /** The component has no scoring method yet: the secretariat must complete its rule. */
        RULE_INCOMPLETE
    }

    public String messageKey() {
        return "assessment.blocker." + kind.name();
    }
}
