package vn.parindex.dashboard;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.appraisal.AppraisalResults;
import vn.parindex.appraisal.AppraisalStatus;
import vn.parindex.appraisal.Explanations;
import vn.parindex.appraisal.UnitResult;
import vn.parindex.assessment.AssessmentStatus;
import vn.parindex.assessment.OverviewRow;
import vn.parindex.assessment.SelfAssessments;
import vn.parindex.awards.AwardType;
import vn.parindex.awards.Nomination;
import vn.parindex.awards.NominationStatus;
import vn.parindex.awards.Nominations;
import vn.parindex.leaders.LeaderClassifications;
import vn.parindex.leaders.LevelSummary;
import vn.parindex.organization.BlockSummary;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.organization.UnitSummary;
import vn.parindex.period.PeriodDirectory;
import vn.parindex.period.PeriodSummary;
import vn.parindex.period.Phase;
import vn.parindex.ranking.BlockResults;
import vn.parindex.ranking.Contribution;
import vn.parindex.ranking.RankChange;
import vn.parindex.ranking.RankingResults;
import vn.parindex.ranking.UnitDetails;
import vn.parindex.ranking.UnitResultRow;
import vn.parindex.ranking.UnitYearIndex;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.CurrentUserService;
import vn.parindex.security.Role;
import vn.parindex.shared.BusinessRuleException;

/**
 * The dashboards' data. The province dashboard (SECRETARIAT, COUNCIL_MEMBER, LEADER) reads a block's
 * results through {@link RankingResults}, which gives those roles the draft before publication; the
 * unit dashboard (FOCAL_POINT) reads only the caller's own unit and only published results, and
 * refuses another unit's id. Every section is read in a constant number of statements: the movers
 * are a fixed number of explanations, the history one statement for all units and years.
 */
@Service
@Transactional(readOnly = true)
public class Dashboards {

    /** Years the history chart covers, up to the chosen period's year. */
    public static final int YEARS = 10;

    /** Movers shown each way. */
    public static final int MOVERS = 3;

    /** Reasons shown per mover. */
    static final int REASONS = 2;

    private static final ZoneId PORTAL_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final RankingResults ranking;
    private final UnitDetails unitDetails;
    private final SelfAssessments assessments;
    private final AppraisalResults appraisals;
    private final Explanations explanations;
    private final LeaderClassifications leaders;
    private final Nominations nominations;
    private final PeriodDirectory periods;
    private final OrganizationDirectory organization;
    private final CurrentUserService currentUser;
    private final Clock clock;

    Dashboards(
            RankingResults ranking,
            UnitDetails unitDetails,
            SelfAssessments assessments,
            AppraisalResults appraisals,
            Explanations explanations,
            LeaderClassifications leaders,
            Nominations nominations,
            PeriodDirectory periods,
            OrganizationDirectory organization,
            CurrentUserService currentUser,
            Clock clock) {
        this.ranking = ranking;
        this.unitDetails = unitDetails;
        this.assessments = assessments;
        this.appraisals = appraisals;
        this.explanations = explanations;
        this.leaders = leaders;
        this.nominations = nominations;
        this.periods = periods;
        this.organization = organization;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Periods with results to show (drafts included), newest first. */
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.COUNCIL_MEMBER, Role.Names.LEADER})
    public List<PeriodSummary> periods() {
        return ranking.periods();
    }

    /** Blocks of the period with a criteria set. */
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.COUNCIL_MEMBER, Role.Names.LEADER})
    public List<BlockSummary> blocks(long periodId) {
        return ranking.blocks(periodId);
    }

    /** The province dashboard of one period and block. */
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.COUNCIL_MEMBER, Role.Names.LEADER})
    public ProvinceDashboard province(long periodId, long blockId) {
        PeriodSummary period = periods.period(periodId);
        BlockSummary block = organization.blocks().stream()
                .filter(candidate -> candidate.id() == blockId)
                .findFirst()
                .orElseThrow(() -> new BusinessRuleException("dashboard.noBlock"));
        BlockResults results = ranking.results(periodId, blockId);
        List<UnitYearIndex> history = ranking.blockHistory(blockId, period.year() - YEARS + 1, period.year());
        List<Mover> up = movers(periodId, results, RankChange.Direction.UP);
        List<Mover> down = movers(periodId, results, RankChange.Direction.DOWN);
        CurrentUser me = currentUser.require();
        boolean leadership = me.hasRole(Role.SECRETARIAT) || me.hasRole(Role.LEADER);
        LevelSummary levels = leadership ? leaders.summary(periodId, blockId) : null;
        List<AwardCount> awards = leadership ? awards(period) : null;
        return new ProvinceDashboard(period, block, results, history, up, down, progress(blockId), levels, awards);
    }

    /**
     * The caller's own unit dashboard. {@code unitId} may be given (an address names it) but must be
     * the caller's own unit: another unit's id is refused.
     */
    @RolesAllowed(Role.Names.FOCAL_POINT)
    public UnitDashboard unit(Long unitId) {
        CurrentUser me = currentUser.require();
        if (me.unitId() == null) {
            throw new BusinessRuleException("dashboard.noUnit");
        }
        if (unitId != null && unitId.longValue() != me.unitId()) {
            throw new AccessDeniedException("Unit " + unitId + " is not the caller's unit");
        }
        UnitSummary unit = organization.unit(me.unitId());
        List<UnitYearIndex> history = ranking.blockHistory(unit.blockId(), 0, 9999);
        Optional<PeriodSummary> latest = ranking.periods().stream().findFirst();
        UnitResultRow row = null;
        BlockResults block = null;
        Map<Long, java.math.BigDecimal> averages = Map.of();
        if (latest.isPresent()) {
            block = ranking.results(latest.get().id(), unit.blockId());
            row = block.ranked().stream()
                    .filter(candidate -> candidate.unitId() == unit.id())
                    .findFirst()
                    .orElse(null);
            averages = ranking.areaAverages(latest.get().id(), unit.blockId());
        }
        return new UnitDashboard(
                unit,
                history,
                latest.map(PeriodSummary::id).orElse(null),
                latest.map(PeriodSummary::year).orElse(null),
                row,
                block == null ? List.of() : block.areas(),
                averages,
                assessments.dueForCurrentUser(),
                explanations.dueForCurrentUser());
    }

    /** The biggest moves one way, largest first (then by rank), with the explanation's top areas. */
    private List<Mover> movers(long periodId, BlockResults results, RankChange.Direction direction) {
        List<UnitResultRow> rows = results.ranked().stream()
                .filter(row -> row.change() != null && row.change().direction() == direction)
                .sorted(Comparator.comparingInt(
                                (UnitResultRow row) -> -row.change().places())
                        .thenComparingInt(UnitResultRow::rank))
                .limit(MOVERS)
                .toList();
        List<Mover> movers = new ArrayList<>();
        for (UnitResultRow row : rows) {
            movers.add(new Mover(row, reasons(periodId, row.unitId(), direction)));
        }
        return movers;
    }

    /** The areas that moved the index the same way as the rank, largest first. */
    private List<Contribution> reasons(long periodId, long unitId, RankChange.Direction direction) {
        try {
            return unitDetails.detail(periodId, unitId).explanation().areas().stream()
                    .filter(area -> area.indexPoints() != null
                            && area.indexPoints().signum() == (direction == RankChange.Direction.UP ? 1 : -1))
                    .limit(REASONS)
                    .toList();
        } catch (BusinessRuleException noDetail) {
            // A unit without criteria or results to compare has no reasons to show, only its move.
            return List.of();
        }
    }

    /** The newest period not yet published, and where the block stands in it. */
    private CycleProgress progress(long blockId) {
        Optional<PeriodSummary> current = periods.periods().stream()
                .filter(period -> !period.phase().isAtLeast(Phase.PUBLISHED))
                .max(Comparator.comparingInt(PeriodSummary::year));
        if (current.isEmpty()) {
            return null;
        }
        long periodId = current.get().id();
        LocalDate today = LocalDate.now(clock.withZone(PORTAL_ZONE));
        List<OverviewRow> rows = assessments.blockOverview(periodId, blockId);
        Map<AssessmentStatus, Integer> byStatus = new EnumMap<>(AssessmentStatus.class);
        for (AssessmentStatus status : AssessmentStatus.values()) {
            byStatus.put(status, 0);
        }
        List<OverviewRow> overdue = new ArrayList<>();
        for (OverviewRow row : rows) {
            byStatus.merge(row.status(), 1, Integer::sum);
            if (row.status() != AssessmentStatus.SUBMITTED
                    && row.deadline() != null
                    && row.deadline().isBefore(today)) {
                overdue.add(row);
            }
        }
        Map<AppraisalStatus, Integer> byAppraisal = new EnumMap<>(AppraisalStatus.class);
        for (AppraisalStatus status : AppraisalStatus.values()) {
            byAppraisal.put(status, 0);
        }
        int open = 0;
        int done = 0;
        for (UnitResult result : appraisals.forBlock(periodId, blockId)) {
            byAppraisal.merge(result.status(), 1, Integer::sum);
            if (result.status() == AppraisalStatus.EXPLANATION_REQUESTED) {
                open++;
            }
            if (result.status() == AppraisalStatus.FINAL) {
                done++;
            }
        }
        return new CycleProgress(current.get(), rows.size(), byStatus, overdue, byAppraisal, open, done);
    }

    /** Approved or decided nominations per award type, this period and the year before. */
    private List<AwardCount> awards(PeriodSummary period) {
        Map<Long, int[]> counts = new LinkedHashMap<>();
        List<AwardType> types = nominations.types();
        types.forEach(type -> counts.put(type.id(), new int[2]));
        count(nominations.nominations(period.id()), counts, 0);
        periods.byYear(period.year() - 1)
                .ifPresent(previous -> count(nominations.nominations(previous.id()), counts, 1));
        List<AwardCount> out = new ArrayList<>();
        for (AwardType type : types) {
            int[] pair = counts.get(type.id());
            out.add(new AwardCount(type.code(), type.nameVi(), type.nameEn(), pair[0], pair[1]));
        }
        return out;
    }

    private static void count(List<Nomination> list, Map<Long, int[]> counts, int column) {
        for (Nomination nomination : list) {
            if (nomination.status() == NominationStatus.APPROVED || nomination.status() == NominationStatus.DECIDED) {
                int[] pair = counts.get(nomination.effectiveType().id());
                if (pair != null) {
                    pair[column]++;
                }
            }
        }
    }
}
