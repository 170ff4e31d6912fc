package vn.parindex.appraisal;

import java.math.BigDecimal;

/** The appraiser's values for one item, with the item version they started from. */
public record AppraisedChange(
        long nodeId, long expectedVersion, BigDecimal score, String comment, boolean evidenceInsufficient) {}
