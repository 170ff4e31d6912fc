package vn.parindex.ranking;

import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.criteria.CriteriaCatalog;
import vn.parindex.criteria.CriteriaNodeView;
import vn.parindex.criteria.CriteriaTree;
import vn.parindex.criteria.NodeLevel;
import vn.parindex.criteria.ScoreRule;
import vn.parindex.criteria.ScoringMethod;
import vn.parindex.organization.BlockSummary;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.period.PeriodDirectory;
import vn.parindex.period.PeriodSummary;
import vn.parindex.period.Phase;
import vn.parindex.ranking.internal.PublicationStore;
import vn.parindex.ranking.internal.RankingInputs;
import vn.parindex.ranking.internal.UnitScoreQueries;
import vn.parindex.ranking.internal.UnitScores;
import vn.parindex.security.Role;
import vn.parindex.shared.BusinessRuleException;

/**
 * The what-if (SECRETARIAT, COUNCIL_MEMBER, before the block is published): the block's ranking as it
 * would become with chosen item scores, explanation decisions or survey points, side by side with the
 * current draft. Each change is checked like the real one (the unit's {@link ScoreRule}, survey points
 * within the item's maximum, only pending explanations) and becomes a delta on the unit's area or
 * adjustments; the same {@link ResultCalculator} ranks both. Nothing is saved and nothing is audited:
 * the service runs in a read-only transaction.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.SECRETARIAT, Role.Names.COUNCIL_MEMBER})
public class WhatIf {

    private static final int MAX_DECIMALS = 2;
    private static final int MAX_CHANGES = 200;

    private final RankingInputs inputs;
    private final PublicationStore store;
    private final CriteriaCatalog catalog;
    private final UnitScoreQueries scores;
    private final PeriodDirectory periods;
    private final OrganizationDirectory organization;

    WhatIf(
            RankingInputs inputs,
            PublicationStore store,
            CriteriaCatalog catalog,
            UnitScoreQueries scores,
            PeriodDirectory periods,
            OrganizationDirectory organization) {
        this.periods = periods;
        this.organization = organization;
        this.inputs = inputs;
        this.store = store;
        this.catalog = catalog;
        this.scores = scores;
    }

    /** Periods whose blocks can still be simulated: from appraisal until everything is published. */
    public List<PeriodSummary> periods() {
        return periods.periods().stream()
                .filter(period -> period.phase().isAtLeast(Phase.APPRAISAL)
                        && !period.phase().isAtLeast(Phase.PUBLISHED))
                .toList();
    }

    /** The period's blocks with a criteria set and no publication yet. */
    public List<BlockSummary> blocks(long periodId) {
        Set<Long> withSet = new java.util.HashSet<>();
        catalog.sets(periodId).forEach(set -> withSet.add(set.blockId()));
        Set<Long> published = new java.util.HashSet<>(store.publishedBlocks(periodId));
        return organization.blocks().stream()
                .filter(block -> withSet.contains(block.id()) && !published.contains(block.id()))
                .toList();
    }

    /** The units, items and pending explanations the what-if can change. */
    public WhatIfOptions options(long periodId, long blockId) {
        refuseWhenPublished(periodId, blockId);
        CriteriaTree tree = tree(periodId, blockId);
        List<WhatIfOptions.UnitOption> units = inputs.inputs(periodId, blockId).stream()
                .filter(input -> input.unranked() == null)
                .map(input -> new WhatIfOptions.UnitOption(
                        input.unit().id(),
                        input.unit().code(),
                        input.unit().nameVi(),
                        input.unit().nameEn()))
                .toList();
        List<WhatIfOptions.ItemOption> items = tree.allNodes().stream()
                .filter(node -> node.level().scored())
                .map(node -> new WhatIfOptions.ItemOption(
                        node.id(),
                        node.code(),
                        node.nameVi(),
                        node.nameEn(),
                        node.total(),
                        node.method() == ScoringMethod.SURVEY))
                .toList();
        Map<Long, String> codes = new HashMap<>();
        tree.allNodes().forEach(node -> codes.put(node.id(), node.code()));
        Map<Long, String> unitCodes = new HashMap<>();
        units.forEach(unit -> unitCodes.put(unit.unitId(), unit.code()));
        List<WhatIfOptions.PendingExplanation> pending = scores.pendingExplanations(periodId, blockId).stream()
                .filter(item -> unitCodes.containsKey(item.unitId()))
                .map(item -> new WhatIfOptions.PendingExplanation(
                        item.unitId(),
                        unitCodes.get(item.unitId()),
                        item.nodeId(),
                        codes.get(item.nodeId()),
                        item.self(),
                        item.appraised(),
                        item.question(),
                        item.answer()))
                .toList();
        return new WhatIfOptions(units, items, pending);
    }

    /** The block's ranking now and with the changes (a later change of the same item wins). */
    public WhatIfResult simulate(long periodId, long blockId, List<WhatIfChange> changes) {
        refuseWhenPublished(periodId, blockId);
        if (changes.size() > MAX_CHANGES) {
            throw new BusinessRuleException("whatIf.tooMany", MAX_CHANGES);
        }
        CriteriaTree tree = tree(periodId, blockId);
        ResultCalculator.BlockContext context = inputs.context(periodId, blockId);
        List<UnitInput> units = inputs.inputs(periodId, blockId);
        Map<Long, Integer> previousRanks = inputs.previousRanks(periodId, blockId);
        BlockResults current = ResultCalculator.compute(context, units, previousRanks, Optional.empty());

        Map<Long, UnitInput> byUnit = new LinkedHashMap<>();
        units.forEach(input -> byUnit.put(input.unit().id(), input));
        Map<Long, CriteriaNodeView> nodes = new HashMap<>();
        Map<Long, Long> areaOf = new HashMap<>();
        for (CriteriaNodeView area : tree.areas()) {
            index(area, area.id(), nodes, areaOf);
        }
        tree.adjustments().forEach(line -> nodes.put(line.id(), line));

        Map<List<Long>, WhatIfChange> latest = new LinkedHashMap<>();
        for (WhatIfChange change : changes) {
            UnitInput input = byUnit.get(change.unitId());
            if (input == null || input.unranked() != null) {
                throw new BusinessRuleException("whatIf.unitNotRanked");
            }
            CriteriaNodeView node = nodes.get(change.nodeId());
            if (node == null || !node.level().scored()) {
                throw new BusinessRuleException("whatIf.itemNotFound");
            }
            latest.put(List.of(change.unitId(), change.nodeId()), change);
        }
        Set<Long> unitIds = new LinkedHashSet<>();
        Set<Long> nodeIds = new LinkedHashSet<>();
        latest.values().forEach(change -> {
            unitIds.add(change.unitId());
            nodeIds.add(change.nodeId());
        });
        Map<Long, UnitScores> stored = scores.blockScores(periodId, unitIds, nodeIds);
        Map<Long, Map<Long, ScoreRule>> rules = new HashMap<>();
        for (WhatIfChange change : latest.values()) {
            CriteriaNodeView node = nodes.get(change.nodeId());
            ScoreRule rule =
                    rules.computeIfAbsent(change.unitId(), tree::scoreRules).get(change.nodeId());
            if (rule == null || !rule.applicable()) {
                throw new BusinessRuleException("score.notApplicable", node.code());
            }
            UnitScores unitScores = stored.getOrDefault(change.unitId(), UnitScores.NONE);
            BigDecimal before = storedPoints(node, unitScores);
            BigDecimal after = newPoints(change, node, rule, unitScores);
            BigDecimal delta = after.subtract(before);
            if (delta.signum() == 0) {
                continue;
            }
            UnitInput input = byUnit.get(change.unitId());
            byUnit.put(
                    change.unitId(),
                    node.level() == NodeLevel.ADJUSTMENT
                            ? input.withAdjustmentDelta(delta)
                            : input.withAreaDelta(areaOf.get(node.id()), delta));
        }
        BlockResults simulated =
                ResultCalculator.compute(context, new ArrayList<>(byUnit.values()), previousRanks, Optional.empty());
        return new WhatIfResult(current, simulated, moves(current, simulated));
    }

    private static BigDecimal storedPoints(CriteriaNodeView node, UnitScores unitScores) {
        if (node.method() == ScoringMethod.SURVEY) {
            return unitScores.survey().getOrDefault(node.id(), BigDecimal.ZERO);
        }
        UnitScores.Item item = unitScores.items().get(node.id());
        BigDecimal points = item == null ? null : item.points();
        return points == null ? BigDecimal.ZERO : points;
    }

    private static BigDecimal newPoints(
            WhatIfChange change, CriteriaNodeView node, ScoreRule rule, UnitScores unitScores) {
        boolean survey = node.method() == ScoringMethod.SURVEY;
        UnitScores.Item item = unitScores.items().get(node.id());
        return switch (change.kind()) {
            case SCORE -> {
                if (change.value() == null) {
                    throw new BusinessRuleException("whatIf.valueRequired", node.code());
                }
                rule.problemWith(change.value()).ifPresent(problem -> {
                    throw problem;
                });
                yield change.value();
            }
            case SURVEY -> {
                if (!survey) {
                    throw new BusinessRuleException("whatIf.notSurvey", node.code());
                }
                BigDecimal value = change.value();
                if (value == null
                        || value.signum() < 0
                        || value.compareTo(node.total()) > 0
                        || Math.max(value.stripTrailingZeros().scale(), 0) > MAX_DECIMALS) {
                    throw new BusinessRuleException("whatIf.surveyRange", node.code(), node.total());
                }
                yield value;
            }
            case ACCEPT_EXPLANATION, REJECT_EXPLANATION -> {
                if (item == null || !item.asked() || !item.answered() || item.accepted() != null) {
                    throw new BusinessRuleException("whatIf.notPending", node.code());
                }
                BigDecimal value = change.kind() == WhatIfChange.Kind.ACCEPT_EXPLANATION
                        ? item.self()
                        : item.appraised() != null ? item.appraised() : item.self();
                yield value == null ? BigDecimal.ZERO : value;
            }
        };
    }

    private static List<WhatIfMove> moves(BlockResults current, BlockResults simulated) {
        Map<Long, UnitResultRow> before = new HashMap<>();
        current.ranked().forEach(row -> before.put(row.unitId(), row));
        List<WhatIfMove> moves = new ArrayList<>();
        for (UnitResultRow row : simulated.ranked()) {
            UnitResultRow was = before.get(row.unitId());
            boolean moved =
                    was == null || was.rank() != row.rank() || was.index().compareTo(row.index()) != 0;
            if (moved) {
                moves.add(new WhatIfMove(
                        row.unitId(),
                        row.unitCode(),
                        row.unitNameVi(),
                        row.unitNameEn(),
                        was == null ? null : was.rank(),
                        row.rank(),
                        was == null ? null : was.index(),
                        row.index()));
            }
        }
        return moves;
    }

    private void refuseWhenPublished(long periodId, long blockId) {
        if (store.latestRef(periodId, blockId).isPresent()) {
            throw new BusinessRuleException("whatIf.published");
        }
    }

    private CriteriaTree tree(long periodId, long blockId) {
        return catalog.tree(catalog.set(periodId, blockId)
                .orElseThrow(() -> new BusinessRuleException("ranking.noCriteria"))
                .setId());
    }

    private static void index(
            CriteriaNodeView node, long areaId, Map<Long, CriteriaNodeView> nodes, Map<Long, Long> areaOf) {
        nodes.put(node.id(), node);
        areaOf.put(node.id(), areaId);
        node.children().forEach(child -> index(child, areaId, nodes, areaOf));
    }
}
