package vn.parindex.appraisal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One item under appraisal: what the unit entered and everything the council did with it.
 *
 * @param explanationAccepted null until the appraiser decided on the unit's answer
 */
public record AppraisalLine(
        long itemId,
        long nodeId,
        BigDecimal selfScore,
        String note,
        Set<Long> evidenceIds,
        String selfBy,
        Instant selfAt,
        BigDecimal appraisedScore,
        String comment,
        boolean evidenceInsufficient,
        String appraisedBy,
        Instant appraisedAt,
        String question,
        String askedBy,
        Instant askedAt,
        String answer,
        Set<Long> answerEvidenceIds,
        String answeredBy,
        Instant answeredAt,
        Boolean explanationAccepted,
        BigDecimal finalScore,
        String finalBy,
        Instant finalAt,
        long version) {

    /** Appraised less self score (a missing self score counts as zero); zero while not appraised. */
    public BigDecimal difference() {
        if (appraisedScore == null) {
            return BigDecimal.ZERO;
        }
        return appraisedScore.subtract(selfScore == null ? BigDecimal.ZERO : selfScore);
    }

    public boolean differs() {
        return difference().signum() != 0;
    }

    /**
     * What the final score is unless the appraiser sets another: the self score where the explanation
     * was accepted, else the appraised score, else the self score, else zero (nothing entered).
     */
    public BigDecimal proposedFinal() {
        if (finalScore != null) {
            return finalScore;
        }
        if (Boolean.TRUE.equals(explanationAccepted) && selfScore != null) {
            return selfScore;
        }
        if (appraisedScore != null) {
            return appraisedScore;
        }
        return selfScore == null ? BigDecimal.ZERO : selfScore;
    }

    /** The item's history, oldest first: who did what and when. */
    public List<TimelineEntry> timeline() {
        List<TimelineEntry> entries = new ArrayList<>();
        if (selfAt != null) {
            entries.add(new TimelineEntry(TimelineEntry.Kind.SELF, selfBy, selfAt, selfScore, note));
        }
        if (appraisedAt != null) {
            entries.add(
                    new TimelineEntry(TimelineEntry.Kind.APPRAISED, appraisedBy, appraisedAt, appraisedScore, comment));
        }
        if (askedAt != null) {
            entries.add(new TimelineEntry(TimelineEntry.Kind.QUESTION, askedBy, askedAt, null, question));
        }
        if (answeredAt != null) {
            entries.add(new TimelineEntry(TimelineEntry.Kind.ANSWER, answeredBy, answeredAt, null, answer));
        }
        if (finalAt != null) {
            entries.add(new TimelineEntry(TimelineEntry.Kind.FINAL, finalBy, finalAt, finalScore, null));
        }
        entries.sort(java.util.Comparator.comparing(TimelineEntry::at));
        return entries;
    }
}
