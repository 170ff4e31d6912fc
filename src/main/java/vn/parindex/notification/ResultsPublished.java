package vn.parindex.notification;

/**
 * A block's results of a period were published. The ranking module publishes it when it publishes a
 * block (it may move this record to its own API and this module's listener with it); the block's
 * focal points are told once, however often it arrives.
 */
public record ResultsPublished(long periodId, long blockId) {}
