package vn.parindex.ranking;

import jakarta.annotation.security.RolesAllowed;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.criteria.CriteriaCatalog;
import vn.parindex.criteria.CriteriaSetRef;
import vn.parindex.organization.BlockSummary;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.organization.UnitSummary;
import vn.parindex.period.PeriodDirectory;
import vn.parindex.period.PeriodSummary;
import vn.parindex.period.Phase;
import vn.parindex.ranking.internal.PublicationStore;
import vn.parindex.ranking.internal.RankingInputs;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.CurrentUserService;
import vn.parindex.security.Role;
import vn.parindex.shared.BusinessRuleException;

/**
 * A block's results as the ranking screens read them.
 *
 * <ul>
 *   <li>The draft (computed now from final scores, survey points and adjustments) is seen by the
 *       secretariat, council members and leaders only, before and after publication.
 *   <li>{@link #results} is the latest publication once the block is published, else the draft for
 *       those roles.
 *   <li>A focal point sees only their own unit's row, and only once its block is published: {@link
 *       #results} for their own block returns a {@link BlockResults} holding just their row; another
 *       block, another unit's id, or an unpublished block is refused.
 * </ul>
 */
@Service
@Transactional(readOnly = true)
public class RankingResults {

    private static final Role[] READ_EVERY_UNIT = {Role.SECRETARIAT, Role.COUNCIL_MEMBER, Role.LEADER};

    private final RankingInputs inputs;
    private final PublicationStore store;
    private final PeriodDirectory periods;
    private final CriteriaCatalog catalog;
    private final OrganizationDirectory organization;
    private final CurrentUserService currentUser;

    RankingResults(
            RankingInputs inputs,
            PublicationStore store,
            PeriodDirectory periods,
            CriteriaCatalog catalog,
            OrganizationDirectory organization,
            CurrentUserService currentUser) {
        this.inputs = inputs;
        this.store = store;
        this.periods = periods;
        this.catalog = catalog;
        this.organization = organization;
        this.currentUser = currentUser;
    }

    /** The block's results computed now from the current scores (never frozen). */
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.COUNCIL_MEMBER, Role.Names.LEADER})
    public BlockResults draft(long periodId, long blockId) {
        return ResultCalculator.compute(
                inputs.context(periodId, blockId),
                inputs.inputs(periodId, blockId),
                inputs.previousRanks(periodId, blockId),
                Optional.empty());
    }

    /**
     * The latest publication of the block, or the draft before publication (for the roles that may
     * see drafts). A focal point gets their own unit's published row only.
     */
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.COUNCIL_MEMBER, Role.Names.LEADER, Role.Names.FOCAL_POINT})
    public BlockResults results(long periodId, long blockId) {
        Long scope = currentUser.unitScope(READ_EVERY_UNIT);
        Optional<BlockResults> published = store.latest(periodId, blockId);
        if (scope == null) {
            return published.orElseGet(() -> draft(periodId, blockId));
        }
        UnitSummary own = organization.unit(scope);
        if (own.blockId() != blockId) {
            throw new AccessDeniedException("Block " + blockId + " is not the focal point's block");
        }
        BlockResults results = published.orElseThrow(() -> new BusinessRuleException("ranking.notPublished"));
        return onlyUnit(results, scope);
    }

    /**
     * One unit's published row (latest revision), empty when the unit is not ranked or its block is
     * not published. A focal point may ask only about their own unit.
     */
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.COUNCIL_MEMBER, Role.Names.LEADER, Role.Names.FOCAL_POINT})
    public Optional<UnitResultRow> unitResult(long periodId, long unitId) {
        currentUser.checkUnitAccess(unitId, READ_EVERY_UNIT);
        UnitSummary unit = organization.unit(unitId);
        return store.latest(periodId, unit.blockId())
                .flatMap(results -> results.ranked().stream()
                        .filter(row -> row.unitId() == unitId)
                        .findFirst());
    }

    /** The caller's own unit's published row (focal point); empty before publication or when not ranked. */
    @RolesAllowed(Role.Names.FOCAL_POINT)
    public Optional<UnitResultRow> ownResult(long periodId) {
        CurrentUser me = currentUser.require();
        if (me.unitId() == null) {
            return Optional.empty();
        }
        return unitResult(periodId, me.unitId());
    }

    /** Whether the block has a publication (the screen shows "published revision N" or "draft"). */
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.COUNCIL_MEMBER, Role.Names.LEADER, Role.Names.FOCAL_POINT})
    public boolean published(long periodId, long blockId) {
        return store.latestRef(periodId, blockId).isPresent();
    }

    /** Every revision of the block's publication, oldest first. */
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.COUNCIL_MEMBER, Role.Names.LEADER, Role.Names.FOCAL_POINT})
    public List<PublicationRef> history(long periodId, long blockId) {
        Long scope = currentUser.unitScope(READ_EVERY_UNIT);
        if (scope != null && organization.unit(scope).blockId() != blockId) {
            throw new AccessDeniedException("Block " + blockId + " is not the focal point's block");
        }
        return store.history(periodId, blockId);
    }

    /**
     * Periods with results to show, newest first: for the secretariat, council and leaders every
     * period from final appraisal on (drafts) or with a publication; for a focal point the periods in
     * which their block is published.
     */
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.COUNCIL_MEMBER, Role.Names.LEADER, Role.Names.FOCAL_POINT})
    public List<PeriodSummary> periods() {
        Long scope = currentUser.unitScope(READ_EVERY_UNIT);
        if (scope == null) {
            Set<Long> withPublication = new HashSet<>();
            for (PeriodSummary period : periods.periods()) {
                if (!store.publishedBlocks(period.id()).isEmpty()) {
                    withPublication.add(period.id());
                }
            }
            return periods.periods().stream()
                    .filter(p -> p.phase().isAtLeast(Phase.FINAL_APPRAISAL) || withPublication.contains(p.id()))
                    .toList();
        }
        Set<Long> published =
                new HashSet<>(store.periodsPublishing(organization.unit(scope).blockId()));
        return periods.periods().stream()
                .filter(p -> published.contains(p.id()))
                .toList();
    }

    /**
     * Blocks of the period with a criteria set; a focal point gets only their own block, once
     * published.
     */
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.COUNCIL_MEMBER, Role.Names.LEADER, Role.Names.FOCAL_POINT})
    public List<BlockSummary> blocks(long periodId) {
        Long scope = currentUser.unitScope(READ_EVERY_UNIT);
        Set<Long> withSet = new HashSet<>();
        catalog.sets(periodId).stream().map(CriteriaSetRef::blockId).forEach(withSet::add);
        if (scope == null) {
            return organization.blocks().stream()
                    .filter(b -> withSet.contains(b.id()))
                    .toList();
        }
        long ownBlock = organization.unit(scope).blockId();
        Set<Long> published = new HashSet<>(store.publishedBlocks(periodId));
        return organization.blocks().stream()
                .filter(b -> b.id() == ownBlock && published.contains(b.id()))
                .toList();
    }

    /**
     * The block's published results from {@code fromYear} to {@code toYear} (latest revision of each
     * year, ranked units only) in one statement, for charts over the years. A focal point gets only
     * their own unit's rows, and only for their own block.
     */
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.COUNCIL_MEMBER, Role.Names.LEADER, Role.Names.FOCAL_POINT})
    public List<UnitYearIndex> blockHistory(long blockId, int fromYear, int toYear) {
        Long scope = currentUser.unitScope(READ_EVERY_UNIT);
        if (scope != null && organization.unit(scope).blockId() != blockId) {
            throw new AccessDeniedException("Block " + blockId + " is not the focal point's block");
        }
        List<UnitYearIndex> rows = store.blockHistory(blockId, fromYear, toYear);
        return scope == null
                ? rows
                : rows.stream().filter(row -> row.unitId() == scope).toList();
    }

    /**
     * The block's average area index per area node (units with an index in the area), from the same
     * results {@link #results} gives: a focal point may compare their own unit with the block's
     * averages once the block is published, without seeing another unit's row.
     */
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.COUNCIL_MEMBER, Role.Names.LEADER, Role.Names.FOCAL_POINT})
    public Map<Long, java.math.BigDecimal> areaAverages(long periodId, long blockId) {
        Long scope = currentUser.unitScope(READ_EVERY_UNIT);
        BlockResults block;
        if (scope == null) {
            block = results(periodId, blockId);
        } else {
            if (organization.unit(scope).blockId() != blockId) {
                throw new AccessDeniedException("Block " + blockId + " is not the focal point's block");
            }
            block = store.latest(periodId, blockId)
                    .orElseThrow(() -> new BusinessRuleException("ranking.notPublished"));
        }
        Map<Long, java.math.BigDecimal> sums = new java.util.LinkedHashMap<>();
        Map<Long, Integer> counts = new java.util.HashMap<>();
        for (UnitResultRow row : block.ranked()) {
            for (AreaResult area : row.areas()) {
                if (area.index() != null) {
                    sums.merge(area.areaNodeId(), area.index(), java.math.BigDecimal::add);
                    counts.merge(area.areaNodeId(), 1, Integer::sum);
                }
            }
        }
        Map<Long, java.math.BigDecimal> averages = new java.util.LinkedHashMap<>();
        sums.forEach((node, sum) -> averages.put(
                node, sum.divide(java.math.BigDecimal.valueOf(counts.get(node)), 2, java.math.RoundingMode.HALF_UP)));
        return averages;
    }

    /** For each unit of the block formed by a merger, its predecessors' last published results. */
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.COUNCIL_MEMBER, Role.Names.LEADER})
    public Map<Long, List<PredecessorResult>> predecessorResults(long periodId, long blockId) {
        return inputs.predecessorResults(periodId, blockId);
    }

    private static BlockResults onlyUnit(BlockResults results, long unitId) {
        return new BlockResults(
                results.periodId(),
                results.year(),
                results.blockId(),
                results.blockNameVi(),
                results.blockNameEn(),
                results.areas(),
                results.ranked().stream().filter(r -> r.unitId() == unitId).toList(),
                results.notRanked().stream().filter(r -> r.unitId() == unitId).toList(),
                results.publication());
    }
}
