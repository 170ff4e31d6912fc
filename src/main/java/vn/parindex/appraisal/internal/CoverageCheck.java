package vn.parindex.appraisal.internal;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.parindex.appraisal.AppraisalAssignments;
import vn.parindex.organization.UnitSummary;
import vn.parindex.period.Phase;
import vn.parindex.period.PhaseChangeCheck;
import vn.parindex.shared.BusinessRuleException;

/** Appraisal cannot start while a submitted unit has no council member covering it. */
@Component
class CoverageCheck implements PhaseChangeCheck {

    private final AppraisalAssignments assignments;

    CoverageCheck(AppraisalAssignments assignments) {
        this.assignments = assignments;
    }

    @Override
    public List<BusinessRuleException> problemsBefore(long periodId, Phase target) {
        if (target != Phase.APPRAISAL) {
            return List.of();
        }
        List<UnitSummary> uncovered = assignments.uncoveredSubmitted(periodId);
        if (uncovered.isEmpty()) {
            return List.of();
        }
        return List.of(new BusinessRuleException(
                "appraisal.uncovered",
                uncovered.size(),
                uncovered.stream().map(UnitSummary::code).collect(Collectors.joining(", "))));
    }
}
