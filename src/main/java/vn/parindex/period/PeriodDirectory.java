package vn.parindex.period;

import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.period.internal.AssessmentPeriod;
import vn.parindex.period.internal.DeadlineExtension;
import vn.parindex.period.internal.DeadlineExtensionRepository;
import vn.parindex.period.internal.DeadlineRow;
import vn.parindex.period.internal.ExtensionRow;
import vn.parindex.period.internal.PeriodRepository;
import vn.parindex.period.internal.RankingBandEntry;
import vn.parindex.period.internal.RankingBandRepository;
import vn.parindex.security.CurrentUserService;
import vn.parindex.security.Role;
import vn.parindex.shared.BusinessRuleException;

/** Reads periods, deadlines and bands; open to everyone signed in. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class PeriodDirectory {

    private final PeriodRepository periods;
    private final RankingBandRepository bands;
    private final DeadlineExtensionRepository extensions;
    private final CurrentUserService currentUser;

    PeriodDirectory(
            PeriodRepository periods,
            RankingBandRepository bands,
            DeadlineExtensionRepository extensions,
            CurrentUserService currentUser) {
        this.periods = periods;
        this.bands = bands;
        this.extensions = extensions;
        this.currentUser = currentUser;
    }

    /** Newest first. */
    public List<PeriodSummary> periods() {
        return periods.findAllByOrderByYearDesc().stream()
                .map(AssessmentPeriod::toSummary)
                .toList();
    }

    public PeriodSummary period(long id) {
        return periods.findById(id)
                .map(AssessmentPeriod::toSummary)
                .orElseThrow(() -> new BusinessRuleException("period.notFound"));
    }

    public Optional<PeriodSummary> byYear(int year) {
        return periods.findByYear(year).map(AssessmentPeriod::toSummary);
    }

    /** Bands of every block of a period, highest band first. */
    public Map<Long, List<RankingBand>> bands(long periodId) {
        return bands.findByPeriodIdOrderByBlockIdAscPositionAsc(periodId).stream()
                .collect(Collectors.groupingBy(
                        RankingBandEntry::getBlockId,
                        Collectors.mapping(RankingBandEntry::toBand, Collectors.toList())));
    }

    /**
     * A unit's deadline for a phase: the period's, or a later one granted to the unit. Only the
     * secretariat and the administrator ask about any unit; a focal point only about their own.
     */
    public Optional<LocalDate> deadlineFor(long periodId, long unitId, Phase phase) {
        return Optional.ofNullable(unitDeadline(periodId, unitId, phase).deadline());
    }

    /**
     * The period's phase with a unit's effective deadline for a phase (the later of the period's and
     * the unit's latest extension), read in one statement.
     */
    public UnitDeadline unitDeadline(long periodId, long unitId, Phase phase) {
        currentUser.checkUnitAccess(unitId, Role.SECRETARIAT, Role.ADMIN);
        DeadlineRow row = periods.unitDeadline(periodId, unitId, phase)
                .orElseThrow(() -> new BusinessRuleException("period.notFound"));
        return UnitDeadline.of(row.phase(), row.general(), row.extension());
    }

    /**
     * Every unit's effective deadline for a phase, in two statements whatever the number of units:
     * units without an extension of their own get the period's deadline.
     */
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.COUNCIL_MEMBER, Role.Names.LEADER, Role.Names.ADMIN})
    public UnitDeadlines unitDeadlines(long periodId, Phase phase) {
        PeriodSummary period = period(periodId);
        Map<Long, LocalDate> latest = periods.latestExtensions(periodId, phase).stream()
                .collect(Collectors.toMap(ExtensionRow::unitId, ExtensionRow::deadline));
        return new UnitDeadlines(period.phase(), period.deadline(phase), latest);
    }

    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.COUNCIL_MEMBER, Role.Names.LEADER, Role.Names.ADMIN})
    public List<DeadlineExtensionSummary> extensions(long periodId) {
        return extensions.findByPeriodIdOrderByCreatedAtDesc(periodId).stream()
                .map(DeadlineExtension::toSummary)
                .toList();
    }
}
