package vn.parindex.awards;

/**
 * What a nomination form sends. A collective gives a unit or a collective name; an individual gives
 * name, position and organisation, optionally the unit they work in.
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
        String justification) {}
