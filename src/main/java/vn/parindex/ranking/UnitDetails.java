package vn.parindex.ranking;

import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.criteria.CriteriaCatalog;
import vn.parindex.criteria.CriteriaTree;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.organization.UnitSummary;
import vn.parindex.period.PeriodDirectory;
import vn.parindex.period.PeriodSummary;
import vn.parindex.ranking.internal.Breakdown;
import vn.parindex.ranking.internal.Contributions;
import vn.parindex.ranking.internal.ResultHistory;
import vn.parindex.ranking.internal.UnitScoreQueries;
import vn.parindex.ranking.internal.UnitScores;
import vn.parindex.security.CurrentUserService;
import vn.parindex.security.Role;
import vn.parindex.shared.BusinessRuleException;

/**
 * A unit's result taken apart (per area, criterion and component, against last year through the
 * criteria mapping), its results over the years and the explanation of its rank change. SECRETARIAT,
 * COUNCIL_MEMBER and LEADER read any unit, drafts included; a focal point reads only its own unit and
 * only once the block is published. A constant number of statements whatever the size of the set.
 * Reads only: a refusal (no criteria, nothing to compare) leaves a caller's transaction usable, so a
 * dashboard that asks for many units can show the others.
 */
@Service
@Transactional(readOnly = true, noRollbackFor = BusinessRuleException.class)
@RolesAllowed({Role.Names.SECRETARIAT, Role.Names.COUNCIL_MEMBER, Role.Names.LEADER, Role.Names.FOCAL_POINT})
public class UnitDetails {

    static final Role[] READ_DRAFTS = {Role.SECRETARIAT, Role.COUNCIL_MEMBER, Role.LEADER};

    private final CurrentUserService currentUser;
    private final OrganizationDirectory organization;
    private final PeriodDirectory periods;
    private final CriteriaCatalog catalog;
    private final UnitScoreQueries scores;
    private final ResultHistory history;

    UnitDetails(
            CurrentUserService currentUser,
            OrganizationDirectory organization,
            PeriodDirectory periods,
            CriteriaCatalog catalog,
            UnitScoreQueries scores,
            ResultHistory history) {
        this.currentUser = currentUser;
        this.organization = organization;
        this.periods = periods;
        this.catalog = catalog;
        this.scores = scores;
        this.history = history;
    }

    public UnitDetail detail(long periodId, long unitId) {
        Long scope = currentUser.unitScope(READ_DRAFTS);
        if (scope != null && scope != unitId) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Unit " + unitId + " is outside the caller's scope");
        }
        boolean draftsAllowed = scope == null;
        UnitSummary unit = organization.unit(unitId);
        PeriodSummary period = periods.period(periodId);
        ResultHistory.Results results = history.results(periodId, unit.blockId(), unitId, draftsAllowed);
        if (!results.published() && !draftsAllowed) {
            throw new BusinessRuleException("unitDetail.notPublished");
        }
        CriteriaTree tree =
                tree(periodId, unit.blockId()).orElseThrow(() -> new BusinessRuleException("unitDetail.noCriteria"));
        // Last year is the period of the year before, as the ranking's previous ranks are.
        PeriodSummary previousPeriod = period.previousPeriodId() == null
                ? null
                : periods.byYear(period.year() - 1).orElse(null);
        Long previousId = previousPeriod == null ? null : previousPeriod.id();
        CriteriaTree previousTree =
                previousId == null ? null : tree(previousId, unit.blockId()).orElse(null);
        List<Long> periodIds = new ArrayList<>();
        periodIds.add(periodId);
        if (previousTree != null) {
            periodIds.add(previousId);
        }
        Map<Long, UnitScores> byPeriod = scores.unitScores(unitId, periodIds);
        UnitScores current = byPeriod.getOrDefault(periodId, UnitScores.NONE);
        UnitScores previous = previousTree == null ? null : byPeriod.getOrDefault(previousId, UnitScores.NONE);
        boolean hadPrevious = previous != null
                && (!previous.items().isEmpty() || !previous.survey().isEmpty());

        List<DetailLine> lines = Breakdown.lines(tree, unitId, current, hadPrevious ? previousTree : null, previous);
        Map<Long, BigDecimal> points = Breakdown.points(tree, unitId, current);
        BigDecimal selfTotal = lines.stream()
                .filter(line -> line.selfScore() != null)
                .map(DetailLine::selfScore)
                .reduce(BigDecimal.ZERO, BigDecimal::add);

        UnitResultRow row = results.row().orElse(null);
        RankExplanation explanation = Contributions.explain(
                new Contributions.Year(period.year(), tree, unitId, current),
                hadPrevious ? new Contributions.Year(previousPeriod.year(), previousTree, unitId, previous) : null,
                results.ranked());
        return new UnitDetail(
                periodId,
                period.year(),
                previousPeriod == null ? null : previousPeriod.year(),
                unitId,
                unit.code(),
                unit.nameVi(),
                unit.nameEn(),
                unit.blockId(),
                results.published(),
                row,
                results.unranked().orElse(null),
                tree.maximumFor(unitId),
                Breakdown.total(tree, points),
                selfTotal,
                lines,
                results.history(),
                explanation);
    }

    private Optional<CriteriaTree> tree(long periodId, long blockId) {
        return catalog.set(periodId, blockId).map(set -> catalog.tree(set.setId()));
    }
}
