package vn.parindex.assessment;

import java.util.Optional;

/**
 * What other modules address to a unit on its self-assessment sheet: the appraisal module implements
 * it with the council's questions and comments, so the sheet shows them beside the items without the
 * assessment module depending on the appraisal. The sheet asks every implementation; without one it
 * shows nothing more. An implementation answers for the signed-in user and returns nothing for a unit
 * that is not theirs to see.
 */
public interface SheetQuestions {

    /** The questions and comments addressed to this unit in the period, as the signed-in user may see them. */
    Optional<UnitQuestions> questionsFor(long periodId, long unitId);
}
