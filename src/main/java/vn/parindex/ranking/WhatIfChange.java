package vn.parindex.ranking;

import java.math.BigDecimal;

/**
 * One hypothetical change for the what-if: an item's score, a pending explanation accepted (the
 * item's final score becomes the unit's own) or rejected (it stays the appraised one), or a unit's
 * survey points for one survey item.
 *
 * @param value the new score or survey points; ignored for explanations
 */
public record WhatIfChange(Kind kind, long unitId, long nodeId, BigDecimal value) {

    public enum Kind {
        SCORE,
        ACCEPT_EXPLANATION,
        REJECT_EXPLANATION,
        SURVEY;

        public String labelKey() {
            return "whatIf.kind." + name();
        }
    }
}
