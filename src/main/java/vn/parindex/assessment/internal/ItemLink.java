package vn.parindex.assessment.internal;

/** One piece of evidence linked to the item of a criteria node. */
public record ItemLink(long nodeId, long evidenceId) {}
