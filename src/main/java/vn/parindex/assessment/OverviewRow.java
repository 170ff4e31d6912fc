package vn.parindex.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import vn.parindex.organization.UnitSummary;

/**
 * One unit's line in the secretariat's overview of a period.
 *
 * @param total the self-assessed total over the items that apply to the unit
 * @param markedItems items the unit must check again after a change of the criteria
 * @param deadline the unit's effective deadline (the later of the period's and its latest extension)
 * @param extended whether the unit's own extension is what counts
 * @param withdrawnAt when the unit last withdrew its submission (null: never)
 */
public record OverviewRow(
        UnitSummary unit,
        Long assessmentId,
        long version,
        AssessmentStatus status,
        Progress progress,
        BigDecimal total,
        int markedItems,
        Instant lastActivity,
        LocalDate deadline,
        boolean extended,
        Instant submittedAt,
        Instant withdrawnAt) {}
