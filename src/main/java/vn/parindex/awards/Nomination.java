package vn.parindex.awards;

import java.util.List;
import java.util.Locale;

/** A nomination as the list shows it, with every rule's finding. */
public record Nomination(
        long id,
        long periodId,
        NominationKind kind,
        Long unitId,
        String name,
        String position,
        String organisation,
        AwardType awardType,
        AwardType approvedType,
        String achievements,
        String justification,
        boolean eligible,
        List<RuleFinding> findings,
        NominationStatus status,
        String rejectionReason,
        String proposedBy,
        String decidedBy,
        int attachments,
        Long decisionId,
        long version,
        String reviewedBy,
        String returnReason,
        Long headTermId) {

    public Nomination {
        findings = List.copyOf(findings);
    }

    /** The nominee is linked to the term of their unit's head in office that year. */
    public boolean headOfUnit() {
        return headTermId != null;
    }

    /** The award type it is (or will be) given at: the leader's choice when changed. */
    public AwardType effectiveType() {
        return approvedType == null ? awardType : approvedType;
    }

    public String typeName(Locale locale) {
        return effectiveType().name(locale);
    }
}
