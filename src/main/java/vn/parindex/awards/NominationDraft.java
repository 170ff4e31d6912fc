package vn.parindex.awards;

/**
 * What a nomination form sends. A collective gives a unit or a collective name; an individual gives
 * name, position and organisation, optionally the unit they work in.
 *
 * @param headOfUnit the individual is the head of {@code unitId} in office in the period's year: the
 *     nomination links that head's term (and the evidence package the head's leader classification);
 *     a blank name or position is taken from the term
 */
public record NominationDraft(
        NominationKind kind,
        Long unitId,
        String collectiveName,
        String personName,
        String position,
        String organisation,
        long awardTypeId,
        String achievements,
        String justification,
        boolean headOfUnit) {

    /** A nomination that is not of a unit's head. */
    public NominationDraft(
            NominationKind kind,
            Long unitId,
            String collectiveName,
            String personName,
            String position,
            String organisation,
            long awardTypeId,
            String achievements,
            String justification) {
        this(
                kind,
                unitId,
                collectiveName,
                personName,
                position,
                organisation,
                awardTypeId,
                achievements,
                justification,
                false);
    }
}
