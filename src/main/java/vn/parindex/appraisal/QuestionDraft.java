package vn.parindex.appraisal;

/** A question to the unit on one item (blank withdraws it), with the item version it started from. */
public record QuestionDraft(long nodeId, long expectedVersion, String question) {}
