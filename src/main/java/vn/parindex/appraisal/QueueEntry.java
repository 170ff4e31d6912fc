package vn.parindex.appraisal;

import vn.parindex.organization.UnitSummary;

/**
 * A unit in a council member's queue: its assessment, the appraisal's state and how far it got.
 *
 * @param wholeUnit whether the member is assigned to the whole unit (else to some of its areas)
 */
public record QueueEntry(
        long periodId,
        UnitSummary unit,
        Long assessmentId,
        boolean submitted,
        Long appraisalId,
        AppraisalStatus status,
        boolean notRanked,
        boolean wholeUnit,
        int items,
        int appraised,
        int changed,
        int questions,
        int answers,
        int finals) {}
