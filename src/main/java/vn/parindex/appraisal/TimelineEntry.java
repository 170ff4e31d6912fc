package vn.parindex.appraisal;

import java.math.BigDecimal;
import java.time.Instant;

/** One step of an item's history. */
public record TimelineEntry(Kind kind, String by, Instant at, BigDecimal score, String text) {

    public enum Kind {
        SELF,
        APPRAISED,
        QUESTION,
        ANSWER,
        FINAL;

        public String labelKey() {
            return "appraisal.timeline." + name();
        }
    }
}
