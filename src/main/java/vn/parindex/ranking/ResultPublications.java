package vn.parindex.ranking;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.appraisal.BlockDecisionStatus;
import vn.parindex.appraisal.CouncilVotes;
import vn.parindex.audit.AuditLog;
import vn.parindex.audit.AuditScope;
import vn.parindex.ranking.internal.PublicationStore;
import vn.parindex.ranking.internal.RankingInputs;
import vn.parindex.security.CurrentUserService;
import vn.parindex.security.Role;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.ConcurrentEditException;
import vn.parindex.shared.TextLimits;

/**
 * Publication of a block's results by the secretariat. Publishing freezes what {@link
 * ResultCalculator} computes from the current scores as revision 1 and, in the same transaction, marks
 * the council's decision published ({@link CouncilVotes#publishBlock}: the period moves to PUBLISHED
 * with its last block and the units are told). Later edits to scores, criteria or units never change
 * a revision. A correction recomputes from the current data as a new revision with its reason; the
 * earlier revisions stay in the history with what changed.
 */
@Service
@Transactional
public class ResultPublications {

    private static final String ENTITY = "RANKING_PUBLICATION";

    private final RankingInputs inputs;
    private final PublicationStore store;
    private final CouncilVotes votes;
    private final CurrentUserService currentUser;
    private final AuditLog audit;
    private final Clock clock;

    ResultPublications(
            RankingInputs inputs,
            PublicationStore store,
            CouncilVotes votes,
            CurrentUserService currentUser,
            AuditLog audit,
            Clock clock) {
        this.inputs = inputs;
        this.store = store;
        this.votes = votes;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Publishes an approved block: snapshot (revision 1) and the council decision, together. */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public PublicationRef publish(long periodId, long blockId) {
        if (store.latestRef(periodId, blockId).isPresent()) {
            throw new BusinessRuleException("ranking.alreadyPublished");
        }
        // The vote module checks the phase and the approval, marks the decision and tells the units.
        votes.publishBlock(periodId, blockId);
        return snapshot(periodId, blockId, null, Instant.now(clock));
    }

    /**
     * Freezes the results of a block whose council decision is already published but that has no
     * snapshot yet (history brought in from before the portal, such as the demo's past years), at the
     * date the decision was published.
     */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public PublicationRef recordPublished(long periodId, long blockId, Instant publishedAt) {
        if (store.latestRef(periodId, blockId).isPresent()) {
            throw new BusinessRuleException("ranking.alreadyPublished");
        }
        boolean decided = votes.blocks(periodId).stream()
                .anyMatch(b -> b.blockId() == blockId && b.status() == BlockDecisionStatus.PUBLISHED);
        if (!decided) {
            throw new BusinessRuleException("publish.notApproved");
        }
        return snapshot(periodId, blockId, null, publishedAt);
    }

    /**
     * Publishes a corrected revision recomputed from the current data. {@code expectedRevision} is the
     * revision the secretary saw: a correction published meanwhile by someone else is not overwritten.
     */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public PublicationRef correct(long periodId, long blockId, int expectedRevision, String reason) {
        String text = reason == null ? "" : reason.trim();
        if (text.isEmpty()) {
            throw new BusinessRuleException("ranking.correctionReasonRequired");
        }
        if (text.length() > TextLimits.REASON) {
            throw new BusinessRuleException("ranking.reasonTooLong", String.valueOf(TextLimits.REASON));
        }
        PublicationRef latest =
                store.latestRef(periodId, blockId).orElseThrow(() -> new BusinessRuleException("ranking.notPublished"));
        ConcurrentEditException.check(latest.revision(), expectedRevision);
        BlockResults before = store.read(latest);
        BlockResults after = compute(periodId, blockId);
        List<PublicationChange> changes = changes(before, after);
        if (changes.isEmpty()) {
            throw new BusinessRuleException("ranking.correctionNoChange");
        }
        return snapshot(periodId, blockId, text, Instant.now(clock));
    }

    /**
     * Records the signed results decision (number, date, signer) on the block's latest revision, once:
     * a number is never changed afterwards; a wrong decision is corrected by a new revision and decision.
     */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public DecisionDetails recordDecision(long periodId, long blockId, int expectedRevision, DecisionDetails decision) {
        PublicationRef latest =
                store.latestRef(periodId, blockId).orElseThrow(() -> new BusinessRuleException("ranking.notPublished"));
        ConcurrentEditException.check(latest.revision(), expectedRevision);
        DecisionDetails clean = new DecisionDetails(
                required(decision.number(), "ranking.decision.numberRequired", TextLimits.DECISION_NUMBER),
                decision.date(),
                required(decision.signerCapacity(), "ranking.decision.signerRequired", TextLimits.PERSON_NAME),
                required(decision.signerPosition(), "ranking.decision.signerRequired", TextLimits.PERSON_NAME),
                required(decision.signerName(), "ranking.decision.signerRequired", TextLimits.PERSON_NAME));
        if (clean.date() == null) {
            throw new BusinessRuleException("ranking.decision.dateRequired");
        }
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        if (clean.date().isAfter(today)
                || clean.date()
                        .isBefore(latest.publishedAt().atZone(clock.getZone()).toLocalDate())) {
            throw new BusinessRuleException("ranking.decision.dateRange");
        }
        if (!store.recordDecision(latest.id(), clean)) {
            throw new BusinessRuleException("ranking.decision.alreadyNumbered", latest.decisionNumber());
        }
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("revision", latest.revision());
        value.put("number", clean.number());
        value.put("date", clean.date().toString());
        value.put("signer", clean.signerName());
        audit.record(
                AuditScope.period(periodId),
                "RESULTS_DECISION_RECORDED",
                ENTITY,
                periodId + "/" + blockId,
                null,
                value);
        return clean;
    }

    private static String required(String value, String key, int max) {
        String text = value == null ? "" : value.trim();
        if (text.isEmpty()) {
            throw new BusinessRuleException(key);
        }
        if (text.length() > max) {
            throw new BusinessRuleException("ranking.decision.tooLong", String.valueOf(max));
        }
        return text;
    }

    /** What a revision changed against the one before it (empty for revision 1). */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.COUNCIL_MEMBER, Role.Names.LEADER})
    public List<PublicationChange> changes(long periodId, long blockId, int revision) {
        List<PublicationRef> history = store.history(periodId, blockId);
        PublicationRef previous = null;
        for (PublicationRef ref : history) {
            if (ref.revision() == revision) {
                return previous == null ? List.of() : changes(store.read(previous), store.read(ref));
            }
            previous = ref;
        }
        throw new BusinessRuleException("ranking.revisionNotFound");
    }

    private BlockResults compute(long periodId, long blockId) {
        return ResultCalculator.compute(
                inputs.context(periodId, blockId),
                inputs.inputs(periodId, blockId),
                inputs.previousRanks(periodId, blockId),
                Optional.empty());
    }

    private PublicationRef snapshot(long periodId, long blockId, String reason, Instant at) {
        BlockResults results = compute(periodId, blockId);
        PublicationRef ref =
                store.save(results, reason, at, currentUser.require().username());
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("revision", ref.revision());
        value.put("ranked", results.ranked().size());
        value.put("notRanked", results.notRanked().size());
        if (reason != null) {
            value.put("reason", reason);
        }
        audit.record(
                AuditScope.period(periodId),
                ref.revision() == 1 ? "RESULTS_PUBLISHED" : "RESULTS_CORRECTED",
                ENTITY,
                periodId + "/" + blockId,
                ref.revision() == 1 ? null : Map.of("revision", ref.revision() - 1),
                value);
        return ref;
    }

    static List<PublicationChange> changes(BlockResults before, BlockResults after) {
        Map<Long, UnitResultRow> old = new LinkedHashMap<>();
        before.ranked().forEach(r -> old.put(r.unitId(), r));
        Map<Long, UnitResultRow> now = new LinkedHashMap<>();
        after.ranked().forEach(r -> now.put(r.unitId(), r));
        Map<Long, String[]> names = new LinkedHashMap<>();
        before.ranked()
                .forEach(r -> names.put(r.unitId(), new String[] {r.unitCode(), r.unitNameVi(), r.unitNameEn()}));
        before.notRanked()
                .forEach(r -> names.put(r.unitId(), new String[] {r.unitCode(), r.unitNameVi(), r.unitNameEn()}));
        after.ranked().forEach(r -> names.put(r.unitId(), new String[] {r.unitCode(), r.unitNameVi(), r.unitNameEn()}));
        after.notRanked()
                .forEach(r -> names.put(r.unitId(), new String[] {r.unitCode(), r.unitNameVi(), r.unitNameEn()}));
        Set<Long> units = new LinkedHashSet<>();
        after.ranked().forEach(r -> units.add(r.unitId()));
        units.addAll(names.keySet());
        List<PublicationChange> changes = new ArrayList<>();
        for (long unitId : units) {
            UnitResultRow a = old.get(unitId);
            UnitResultRow b = now.get(unitId);
            boolean same = a == null
                    ? b == null
                    : b != null
                            && a.total().compareTo(b.total()) == 0
                            && a.index().compareTo(b.index()) == 0
                            && a.rank() == b.rank();
            if (same) {
                continue;
            }
            String[] name = names.get(unitId);
            changes.add(new PublicationChange(
                    unitId,
                    name[0],
                    name[1],
                    name[2],
                    a == null ? null : a.total(),
                    b == null ? null : b.total(),
                    a == null ? null : a.index(),
                    b == null ? null : b.index(),
                    a == null ? null : a.rank(),
                    b == null ? null : b.rank()));
        }
        return changes;
    }
}
