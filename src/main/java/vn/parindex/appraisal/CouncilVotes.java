package vn.parindex.appraisal;

import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.appraisal.internal.BlockDecision;
import vn.parindex.appraisal.internal.BlockDecisionRepository;
import vn.parindex.appraisal.internal.CouncilVote;
import vn.parindex.appraisal.internal.CouncilVoteQueries;
import vn.parindex.appraisal.internal.CouncilVoteQueries.Readiness;
import vn.parindex.appraisal.internal.CouncilVoteQueries.StoredVote;
import vn.parindex.appraisal.internal.CouncilVoteQueries.UnitPoints;
import vn.parindex.appraisal.internal.CouncilVoteQueries.UnitScores;
import vn.parindex.appraisal.internal.CouncilVoteRepository;
import vn.parindex.appraisal.internal.SurveyQueries;
import vn.parindex.audit.AuditLog;
import vn.parindex.audit.AuditScope;
import vn.parindex.criteria.CriteriaCatalog;
import vn.parindex.criteria.CriteriaSetRef;
import vn.parindex.criteria.CriteriaTree;
import vn.parindex.organization.BlockSummary;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.organization.UnitSummary;
import vn.parindex.period.PeriodAdministration;
import vn.parindex.period.PeriodDirectory;
import vn.parindex.period.PeriodSummary;
import vn.parindex.period.Phase;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.CurrentUserService;
import vn.parindex.security.Role;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.ConcurrentEditException;
import vn.parindex.shared.TextLimits;

/**
 * The council's vote on each block's results. A block is open for votes in COUNCIL_APPROVAL once
 * every active unit's appraisal is final (or the unit is marked not ranked) and the survey is
 * imported; members vote approve, reject or abstain and may change their vote while it is open; the
 * block is approved when more than half of all active members approve ({@link CouncilMajority}). An
 * approved block is published by the secretariat; the period is published with its last block.
 */
@Service
@Transactional
public class CouncilVotes {

    private static final String ENTITY = "BLOCK_DECISION";

    private final BlockDecisionRepository decisions;
    private final CouncilVoteRepository votes;
    private final CouncilVoteQueries queries;
    private final SurveyQueries surveyQueries;
    private final CriteriaCatalog catalog;
    private final OrganizationDirectory organization;
    private final PeriodDirectory periods;
    private final PeriodAdministration periodAdministration;
    private final CurrentUserService currentUser;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    CouncilVotes(
            BlockDecisionRepository decisions,
            CouncilVoteRepository votes,
            CouncilVoteQueries queries,
            SurveyQueries surveyQueries,
            CriteriaCatalog catalog,
            OrganizationDirectory organization,
            PeriodDirectory periods,
            PeriodAdministration periodAdministration,
            CurrentUserService currentUser,
            ApplicationEventPublisher events,
            AuditLog audit,
            Clock clock) {
        this.decisions = decisions;
        this.votes = votes;
        this.queries = queries;
        this.surveyQueries = surveyQueries;
        this.catalog = catalog;
        this.organization = organization;
        this.periods = periods;
        this.periodAdministration = periodAdministration;
        this.currentUser = currentUser;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Periods whose results are being finalized, voted on or published. */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.COUNCIL_MEMBER, Role.Names.SECRETARIAT})
    public List<PeriodSummary> periods() {
        return periods.periods().stream()
                .filter(p ->
                        p.phase().isAtLeast(Phase.FINAL_APPRAISAL) && !p.phase().isAfter(Phase.PUBLISHED))
                .toList();
    }

    /** Every block of the period with a criteria set and active units, with its vote. */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.COUNCIL_MEMBER, Role.Names.SECRETARIAT})
    public List<BlockVoteSummary> blocks(long periodId) {
        CurrentUser me = currentUser.require();
        Set<Long> withSet =
                catalog.sets(periodId).stream().map(CriteriaSetRef::blockId).collect(Collectors.toSet());
        Set<Long> surveyBlocks = surveyQueries.components(periodId).stream()
                .map(SurveyQueries.SurveyComponent::blockId)
                .collect(Collectors.toSet());
        Map<Long, Readiness> readiness =
                queries.readiness(periodId).stream().collect(Collectors.toMap(Readiness::blockId, Function.identity()));
        Map<Long, BlockDecision> byBlock = decisions.findByPeriodId(periodId).stream()
                .collect(Collectors.toMap(BlockDecision::getBlockId, Function.identity()));
        Set<Long> active = new HashSet<>(queries.activeMembers());
        Map<Long, List<StoredVote>> votesByBlock =
                queries.votes(periodId).stream().collect(Collectors.groupingBy(StoredVote::blockId));
        List<BlockVoteSummary> result = new ArrayList<>();
        for (BlockSummary block : organization.blocks()) {
            Readiness ready = readiness.get(block.id());
            if (!withSet.contains(block.id()) || ready == null) {
                continue;
            }
            List<StoredVote> blockVotes = votesByBlock.getOrDefault(block.id(), List.of());
            int approvals = 0;
            int rejections = 0;
            int abstentions = 0;
            StoredVote mine = null;
            for (StoredVote vote : blockVotes) {
                if (vote.memberId() == me.id()) {
                    mine = vote;
                }
                if (!active.contains(vote.memberId())) {
                    continue;
                }
                switch (vote.vote()) {
                    case APPROVE -> approvals++;
                    case REJECT -> rejections++;
                    case ABSTAIN -> abstentions++;
                }
            }
            BlockDecision decision = byBlock.get(block.id());
            BlockDecisionStatus status = decision != null
                    ? decision.getStatus()
                    : isReady(ready, surveyBlocks.contains(block.id()))
                            ? BlockDecisionStatus.OPEN
                            : BlockDecisionStatus.NOT_READY;
            if (status == BlockDecisionStatus.OPEN && !isReady(ready, surveyBlocks.contains(block.id()))) {
                status = BlockDecisionStatus.NOT_READY;
            }
            result.add(new BlockVoteSummary(
                    block.id(),
                    block.code(),
                    block.nameVi(),
                    block.nameEn(),
                    status,
                    ready.units(),
                    ready.done(),
                    surveyBlocks.contains(block.id()) ? ready.surveyed() : ready.units(),
                    new CouncilMajority(active.size(), approvals),
                    rejections,
                    abstentions,
                    mine == null ? null : mine.vote(),
                    mine == null ? null : mine.comment(),
                    mine == null ? null : mine.version()));
        }
        return result;
    }

    /**
     * The block's draft results, once it is ready for the vote: per unit the final scores of what
     * applies, survey points, adjustments, their total and the unit's applicable maximum.
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.COUNCIL_MEMBER, Role.Names.SECRETARIAT})
    public List<BlockResultRow> draft(long periodId, long blockId) {
        requireReady(periodId, blockId);
        CriteriaTree tree = catalog.tree(catalog.set(periodId, blockId)
                .orElseThrow(() -> new BusinessRuleException("vote.notReady"))
                .setId());
        Map<Long, UnitScores> scores = queries.unitScores(periodId, blockId).stream()
                .collect(Collectors.toMap(UnitScores::unitId, Function.identity()));
        Map<Long, BigDecimal> survey = queries.surveyTotals(periodId, blockId).stream()
                .collect(Collectors.toMap(UnitPoints::unitId, UnitPoints::points));
        List<BlockResultRow> rows = new ArrayList<>();
        for (UnitSummary unit : organization.units()) {
            if (unit.blockId() != blockId || !unit.active()) {
                continue;
            }
            UnitScores unitScores = scores.get(unit.id());
            BigDecimal finals = unitScores == null ? BigDecimal.ZERO : unitScores.finalScores();
            BigDecimal adjustments = unitScores == null ? BigDecimal.ZERO : unitScores.adjustments();
            BigDecimal points = survey.getOrDefault(unit.id(), BigDecimal.ZERO);
            rows.add(new BlockResultRow(
                    unit.id(),
                    unit.code(),
                    unit.shortName(),
                    unitScores != null && unitScores.notRanked(),
                    scale(finals),
                    scale(points),
                    scale(adjustments),
                    scale(finals.add(points).add(adjustments)),
                    scale(tree.maximumFor(unit.id()))));
        }
        rows.sort((a, b) -> b.total().compareTo(a.total()));
        return rows;
    }

    /** Every vote cast on the block, for the secretariat. */
    @Transactional(readOnly = true)
    @RolesAllowed(Role.Names.SECRETARIAT)
    public List<CouncilVoteRow> votes(long periodId, long blockId) {
        return queries.votes(periodId).stream()
                .filter(v -> v.blockId() == blockId)
                .map(v -> new CouncilVoteRow(
                        v.memberId(), v.memberName(), v.counted(), v.vote(), v.comment(), v.votedAt()))
                .toList();
    }

    /**
     * Casts or changes the caller's vote. {@code expectedVersion} is the version of their vote they
     * saw (null when they had none): a vote changed meanwhile in another tab is not overwritten.
     */
    @RolesAllowed(Role.Names.COUNCIL_MEMBER)
    public BlockDecisionStatus vote(
            long periodId, long blockId, CouncilVoteChoice choice, String comment, Long expectedVersion) {
        CurrentUser me = currentUser.require();
        if (choice == null) {
            throw new BusinessRuleException("vote.choiceRequired");
        }
        String text = comment == null || comment.isBlank() ? null : comment.trim();
        if (text != null && text.length() > TextLimits.REASON) {
            throw new BusinessRuleException("vote.commentTooLong", String.valueOf(TextLimits.REASON));
        }
        if (choice == CouncilVoteChoice.REJECT && text == null) {
            throw new BusinessRuleException("vote.rejectNeedsComment");
        }
        if (periods.period(periodId).phase() != Phase.COUNCIL_APPROVAL) {
            throw new BusinessRuleException("vote.phase");
        }
        requireReady(periodId, blockId);
        decisions.createOpen(periodId, blockId);
        BlockDecision decision = decisions.lock(periodId, blockId).orElseThrow();
        if (decision.getStatus() != BlockDecisionStatus.OPEN) {
            throw new BusinessRuleException("vote.closed");
        }
        CouncilVote vote =
                votes.findByDecisionIdAndMemberId(decision.getId(), me.id()).orElse(null);
        Map<String, Object> before = null;
        if (vote == null) {
            if (expectedVersion != null) {
                throw new ConcurrentEditException();
            }
            vote = new CouncilVote(decision.getId(), me.id());
        } else {
            ConcurrentEditException.check(vote.getVersion(), expectedVersion == null ? -1 : expectedVersion);
            before = voteValue(vote.getVote(), vote.getComment());
        }
        vote.cast(choice, text, Instant.now(clock));
        votes.saveAndFlush(vote);
        audit.record(
                AuditScope.period(periodId),
                "COUNCIL_VOTE_CAST",
                ENTITY,
                periodId + "/" + blockId,
                before,
                voteValue(choice, text));
        Set<Long> active = new HashSet<>(queries.activeMembers());
        int approvals = (int) queries.votes(periodId).stream()
                .filter(v -> v.blockId() == blockId
                        && v.vote() == CouncilVoteChoice.APPROVE
                        && active.contains(v.memberId()))
                .count();
        CouncilMajority majority = new CouncilMajority(active.size(), approvals);
        if (majority.approved()) {
            decision.approve(Instant.now(clock));
            decisions.saveAndFlush(decision);
            audit.record(
                    AuditScope.period(periodId),
                    "BLOCK_APPROVED",
                    ENTITY,
                    periodId + "/" + blockId,
                    BlockDecisionStatus.OPEN,
                    Map.of("approvals", approvals, "activeMembers", active.size(), "needed", majority.needed()));
        }
        return decision.getStatus();
    }

    /**
     * Publishes an approved block (for the ranking module and the secretariat) and tells its units;
     * the period moves to PUBLISHED once every block is published.
     */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public void publishBlock(long periodId, long blockId) {
        if (periods.period(periodId).phase() != Phase.COUNCIL_APPROVAL) {
            throw new BusinessRuleException("publish.phase");
        }
        BlockDecision decision = decisions
                .lock(periodId, blockId)
                .filter(d -> d.getStatus() == BlockDecisionStatus.APPROVED)
                .orElseThrow(() -> new BusinessRuleException("publish.notApproved"));
        decision.publish(currentUser.require().username(), Instant.now(clock));
        decisions.saveAndFlush(decision);
        audit.record(
                AuditScope.period(periodId),
                "BLOCK_PUBLISHED",
                ENTITY,
                periodId + "/" + blockId,
                BlockDecisionStatus.APPROVED,
                BlockDecisionStatus.PUBLISHED);
        events.publishEvent(new ResultsPublished(periodId, blockId));
        Map<Long, BlockDecisionStatus> statuses = new LinkedHashMap<>();
        decisions.findByPeriodId(periodId).forEach(d -> statuses.put(d.getBlockId(), d.getStatus()));
        boolean all = blocksToDecide(periodId).stream()
                .allMatch(block -> statuses.get(block) == BlockDecisionStatus.PUBLISHED);
        if (all) {
            periodAdministration.advance(periodId, Phase.COUNCIL_APPROVAL);
        }
    }

    /** Blocks of the period that have a criteria set and active units. */
    private List<Long> blocksToDecide(long periodId) {
        Set<Long> withUnits = queries.readiness(periodId).stream()
                .filter(r -> r.units() > 0)
                .map(Readiness::blockId)
                .collect(Collectors.toSet());
        return catalog.sets(periodId).stream()
                .map(CriteriaSetRef::blockId)
                .filter(withUnits::contains)
                .toList();
    }

    private void requireReady(long periodId, long blockId) {
        Readiness ready = queries.readiness(periodId).stream()
                .filter(r -> r.blockId() == blockId)
                .findFirst()
                .orElseThrow(() -> new BusinessRuleException("vote.notReady"));
        boolean survey = surveyQueries.components(periodId).stream().anyMatch(c -> c.blockId() == blockId);
        if (catalog.set(periodId, blockId).isEmpty()) {
            throw new BusinessRuleException("vote.notReady");
        }
        if (ready.done() < ready.units()) {
            throw new BusinessRuleException("vote.unitsNotFinal", String.valueOf(ready.units() - ready.done()));
        }
        if (survey && ready.surveyed() < ready.units()) {
            throw new BusinessRuleException("vote.surveyMissing");
        }
    }

    private static boolean isReady(Readiness ready, boolean survey) {
        return ready.done() >= ready.units() && (!survey || ready.surveyed() >= ready.units());
    }

    private static Map<String, Object> voteValue(CouncilVoteChoice choice, String comment) {
        Map<String, Object> value = new HashMap<>();
        value.put("vote", choice);
        value.put("comment", comment);
        return value;
    }

    private static BigDecimal scale(BigDecimal value) {
        return value.setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
