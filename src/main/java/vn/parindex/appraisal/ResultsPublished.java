package vn.parindex.appraisal;

/**
 * A block's results of a period were published ({@code CouncilVotes.publishBlock}, after the council
 * approved them). It lives here, not in the notification module that listens to it, because that
 * module already depends on this one; the block's focal points are told once, however often it arrives.
 */
public record ResultsPublished(long periodId, long blockId) {}
