package vn.parindex.period;

import java.util.List;

/**
 * What a province's first period (no earlier year to copy) may start each block's criteria from:
 * the sets shipped with the portal. Implemented by the criteria module, which applies the choice
 * when it hears {@link PeriodCreated}; here so the period's views offer it without depending on it.
 */
public interface StartingCriteria {

    /** Starts the block with an empty set, to be filled by an XLSX import. */
    String EMPTY = "EMPTY";

    List<StartingSet> startingSets();

    /** A shipped set, by code, with its names. */
    record StartingSet(String code, String nameVi, String nameEn) {}
}
