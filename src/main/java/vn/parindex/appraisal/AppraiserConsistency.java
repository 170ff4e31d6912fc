package vn.parindex.appraisal;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.appraisal.internal.AppraiserConsistencyQueries;
import vn.parindex.period.PeriodDirectory;
import vn.parindex.period.PeriodSummary;
import vn.parindex.period.Phase;
import vn.parindex.security.Role;

/**
 * How consistently the council appraises (for the secretariat): per appraiser the items reviewed,
 * the share they changed, their average and largest deduction, and the units where their deductions
 * stand out from the other appraisers' on the same criteria. Computed by aggregate queries.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(Role.Names.SECRETARIAT)
public class AppraiserConsistency {

    private final AppraiserConsistencyQueries queries;
    private final PeriodDirectory periods;

    AppraiserConsistency(AppraiserConsistencyQueries queries, PeriodDirectory periods) {
        this.queries = queries;
        this.periods = periods;
    }

    /** Periods with appraisals: from APPRAISAL on. */
    public List<PeriodSummary> periods() {
        return periods.periods().stream()
                .filter(p -> p.phase().isAtLeast(Phase.APPRAISAL))
                .toList();
    }

    public ConsistencyReport report(long periodId) {
        return new ConsistencyReport(queries.appraisers(periodId), queries.outliers(periodId));
    }
}
