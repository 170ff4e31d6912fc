package vn.parindex.appraisal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

/**
 * An item as the unit sees the council's work on it: the question and the appraiser's comment
 * addressed to it, its answer, and the appraised and final scores only once results are published.
 */
public record ExplanationItem(
        long nodeId,
        String code,
        String nameVi,
        String nameEn,
        BigDecimal selfScore,
        String question,
        Instant askedAt,
        String comment,
        String answer,
        Set<Long> answerEvidenceIds,
        String answeredBy,
        Instant answeredAt,
        BigDecimal appraisedScore,
        BigDecimal finalScore,
        long version) {

    public String name(java.util.Locale locale) {
        return vn.parindex.shared.Locales.pick(locale, nameVi, nameEn);
    }

    public boolean asked() {
        return question != null;
    }
}
