package vn.parindex.assessment.internal;

/** How many items of an assessment hold something entered on the nodes a criteria change touches. */
public record EnteredItems(long assessmentId, long items) {}
