package vn.parindex.ranking;

import java.time.Instant;

/**
 * One publication of a block's results. The first has {@code revision} 1; a correction publishes a new
 * revision with its reason and keeps the earlier ones in the history.
 *
 * @param decisionNumber the results decision's number, e.g. "123/QĐ-UBND" (null until numbered)
 */
public record PublicationRef(
        long id, int revision, Instant publishedAt, String publishedBy, String reason, String decisionNumber) {}
