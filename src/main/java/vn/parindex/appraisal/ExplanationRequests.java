package vn.parindex.appraisal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.parindex.assessment.EvidenceSummary;
import vn.parindex.period.PeriodSummary;

/**
 * The council's questions and comments to one unit in a period, with the unit's answers.
 *
 * @param lockReason translation key of why the unit cannot answer now, or null when it can
 */
public record ExplanationRequests(
        long appraisalId,
        long version,
        PeriodSummary period,
        long unitId,
        AppraisalStatus status,
        LocalDate deadline,
        String lockReason,
        String submittedBy,
        Instant submittedAt,
        List<ExplanationItem> items,
        List<EvidenceSummary> library) {

    public boolean answerable() {
        return lockReason == null;
    }

    public long open() {
        return items.stream()
                .filter(ExplanationItem::asked)
                .filter(item -> item.answer() == null)
                .count();
    }

    public long asked() {
        return items.stream().filter(ExplanationItem::asked).count();
    }
}
