package vn.parindex.assessment.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.criteria.CriteriaCatalog;
import vn.parindex.criteria.CriteriaSetRef;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.organization.UnitSummary;
import vn.parindex.period.OutstandingWork;
import vn.parindex.period.PendingWork;
import vn.parindex.period.PeriodDirectory;
import vn.parindex.period.Phase;

/**
 * While a period is in self-assessment, every active unit of a block with a criteria set that has not
 * submitted yet (not started, in progress, or given back) still has work. Four statements whatever the
 * number of units.
 */
@Component
class UnsubmittedSelfAssessments implements PendingWork {

    private final PeriodDirectory periods;
    private final CriteriaCatalog catalog;
    private final OrganizationDirectory organization;
    private final SelfAssessmentRepository assessments;

    UnsubmittedSelfAssessments(
            PeriodDirectory periods,
            CriteriaCatalog catalog,
            OrganizationDirectory organization,
            SelfAssessmentRepository assessments) {
        this.periods = periods;
        this.catalog = catalog;
        this.organization = organization;
        this.assessments = assessments;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OutstandingWork> outstanding(long periodId) {
        if (periods.period(periodId).phase() != Phase.SELF_ASSESSMENT) {
            return List.of();
        }
        Set<Long> blocks =
                catalog.sets(periodId).stream().map(CriteriaSetRef::blockId).collect(Collectors.toSet());
        Set<Long> submitted = assessments.statesInPeriod(periodId).stream()
                .filter(AssessmentState::submitted)
                .map(AssessmentState::unitId)
                .collect(Collectors.toSet());
        return organization.units().stream()
                .filter(UnitSummary::active)
                .filter(unit -> blocks.contains(unit.blockId()))
                .filter(unit -> !submitted.contains(unit.id()))
                .map(unit -> new OutstandingWork(unit.id(), Phase.SELF_ASSESSMENT))
                .toList();
    }
}
