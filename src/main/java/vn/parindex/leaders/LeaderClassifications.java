package vn.parindex.leaders;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.audit.AuditLog;
import vn.parindex.audit.AuditScope;
import vn.parindex.leaders.internal.ClassificationStore;
import vn.parindex.leaders.internal.ClassificationStore.EntryRow;
import vn.parindex.leaders.internal.ClassificationStore.Header;
import vn.parindex.leaders.internal.RuleStore;
import vn.parindex.organization.BlockSummary;
import vn.parindex.organization.HeadTerm;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.period.PeriodDirectory;
import vn.parindex.period.PeriodSummary;
import vn.parindex.ranking.BlockResults;
import vn.parindex.ranking.RankingResults;
import vn.parindex.ranking.UnitResultRow;
import vn.parindex.ranking.UnrankedUnit;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.CurrentUserService;
import vn.parindex.security.Role;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.ConcurrentEditException;

/**
 * The classification of the heads of a block's units in a period.
 *
 * <ul>
 *   <li>The secretariat prepares it from the block's results (the publication, else the draft) and
 *       the period's current rules: each head in office that year gets the proposed level as the final
 *       one. Preparing again refreshes results and proposals and keeps what was set by hand.
 *   <li>The secretariat sets final levels and the heads' flags (discipline, absence), never for their
 *       own unit's head; a level outside the rules needs a justification. Submitting sends it to the
 *       leader, who approves it (frozen) or returns it with comments.
 *   <li>Only the secretariat and leaders see it; a focal point is refused everything here.
 * </ul>
 *
 * Every change is audited. Submitting publishes {@link LeadersSubmitted} (the leaders are told),
 * returning {@link LeadersReturned} (the secretariat is told).
 */
@Service
@Transactional
public class LeaderClassifications {

    private final ClassificationStore store;
    private final RuleStore rules;
    private final RankingResults ranking;
    private final OrganizationDirectory organization;
    private final PeriodDirectory periods;
    private final AuditLog audit;
    private final CurrentUserService currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LeaderClassifications(
            ClassificationStore store,
            RuleStore rules,
            RankingResults ranking,
            OrganizationDirectory organization,
            PeriodDirectory periods,
            AuditLog audit,
            CurrentUserService currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.rules = rules;
        this.ranking = ranking;
        this.organization = organization;
        this.periods = periods;
        this.audit = audit;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Periods with results to classify, newest first. */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.LEADER})
    public List<PeriodSummary> periods() {
        return ranking.periods();
    }

    /** Blocks of the period with results. */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.LEADER})
    public List<BlockSummary> blocks(long periodId) {
        return ranking.blocks(periodId);
    }

    /** The block's classification, empty until the secretariat prepares it. */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.LEADER})
    public Optional<BlockClassification> classification(long periodId, long blockId) {
        return store.find(periodId, blockId).map(this::toClassification);
    }

    /**
     * Creates or refreshes the block's classification from its results and the period's current rules.
     * Refused once submitted or approved, without rules, or without ranked results.
     */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public BlockClassification prepare(long periodId, long blockId) {
        Optional<Header> existing = store.find(periodId, blockId);
        existing.ifPresent(header -> requireEditable(header));
        RuleSet ruleSet = rules.latest(periodId).orElseThrow(() -> new BusinessRuleException("leaders.rules.none"));
        BlockResults results = ranking.results(periodId, blockId);
        if (results.ranked().isEmpty()) {
            throw new BusinessRuleException("leaders.noResults");
        }
        long id = existing.map(Header::id)
                .orElseGet(() -> store.create(periodId, blockId, ruleSet.id(), results.published()));
        existing.ifPresent(header -> store.refreshed(id, ruleSet.id(), results.published()));
        List<ClassificationEntry> before = store.entries(id);
        rebuild(id, results, ruleSet, before);
        BlockClassification prepared = toClassification(store.byId(id).orElseThrow());
        audit.record(
                AuditScope.period(periodId),
                existing.isPresent() ? "LEADERS_REFRESHED" : "LEADERS_PREPARED",
                "LeaderClassification",
                id,
                existing.isPresent() ? levels(before) : null,
                Map.of(
                        "rules",
                        ruleSet.revision(),
                        "published",
                        results.published(),
                        "levels",
                        levels(prepared.entries())));
        return prepared;
    }

    /**
     * Sets a head's final level. Refused for the secretariat member's own unit, once submitted or
     * approved, and outside the rules without a justification.
     */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public ClassificationEntry setLevel(long entryId, Level level, String justification, long expectedVersion) {
        Editable editable = editableEntry(entryId);
        ClassificationEntry entry = editable.entry();
        ConcurrentEditException.check(entry.version(), expectedVersion);
        String reason = justification == null || justification.isBlank() ? null : justification.trim();
        boolean outside = LeaderRuleEngine.outsideRules(entry.proposedLevel(), level);
        if (outside && reason == null) {
            throw new BusinessRuleException("leaders.justificationRequired");
        }
        checkLength(reason, LeaderTextLimits.JUSTIFICATION);
        store.finalLevel(entryId, expectedVersion, level, reason, outside);
        audit.record(
                AuditScope.of(entry.unitId(), editable.header().periodId()),
                "LEADER_LEVEL_SET",
                "LeaderClassificationEntry",
                entryId,
                Map.of(
                        "level",
                        String.valueOf(entry.finalLevel()),
                        "justification",
                        String.valueOf(entry.justification())),
                Map.of("level", level.name(), "justification", String.valueOf(reason), "outsideRules", outside));
        return store.entry(entryId).orElseThrow();
    }

    /**
     * Records a head's discipline (with the decision's reference) and months of absence in the year,
     * then proposes again for the whole block (the share caps count the block).
     */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public ClassificationEntry setFlags(
            long entryId, boolean disciplined, String reference, int absenceMonths, long expectedVersion) {
        ClassificationEntry entry = editableEntry(entryId).entry();
        ConcurrentEditException.check(entry.version(), expectedVersion);
        String ref = reference == null || reference.isBlank() ? null : reference.trim();
        if (disciplined && ref == null) {
            throw new BusinessRuleException("leaders.disciplineRefRequired");
        }
        if (absenceMonths < 0 || absenceMonths > 12) {
            throw new BusinessRuleException("leaders.absenceMonths");
        }
        checkLength(ref, LeaderTextLimits.DISCIPLINE_REF);
        store.flags(entryId, expectedVersion, disciplined, disciplined ? ref : null, absenceMonths);
        long classificationId = store.classificationOf(entryId).orElseThrow();
        Header header = store.byId(classificationId).orElseThrow();
        RuleSet ruleSet = rules.byId(header.ruleSetId()).orElseThrow();
        rebuild(
                classificationId,
                ranking.results(header.periodId(), header.blockId()),
                ruleSet,
                store.entries(classificationId));
        audit.record(
                AuditScope.of(entry.unitId(), header.periodId()),
                "LEADER_FLAGS_SET",
                "LeaderClassificationEntry",
                entryId,
                Map.of(
                        "disciplined",
                        entry.disciplined(),
                        "reference",
                        String.valueOf(entry.disciplineRef()),
                        "absenceMonths",
                        entry.absenceMonths()),
                Map.of("disciplined", disciplined, "reference", String.valueOf(ref), "absenceMonths", absenceMonths));
        return store.entry(entryId).orElseThrow();
    }

    /** Sends the block to the leader; refused while a unit has no head or a level outside the rules lacks a reason. */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public BlockClassification submit(long classificationId, long expectedVersion) {
        Header header = header(classificationId);
        requireEditable(header);
        ConcurrentEditException.check(header.version(), expectedVersion);
        for (ClassificationEntry entry : store.entries(classificationId)) {
            if (entry.headMissing()) {
                throw new BusinessRuleException("leaders.headMissing", entry.unitNameVi());
            }
            if (entry.outsideRules() && entry.justification() == null) {
                throw new BusinessRuleException("leaders.justificationRequired");
            }
        }
        store.status(
                classificationId,
                expectedVersion,
                ClassificationStatus.SUBMITTED,
                null,
                Instant.now(clock),
                me().username());
        audit.record(
                AuditScope.period(header.periodId()),
                "LEADERS_SUBMITTED",
                "LeaderClassification",
                classificationId,
                header.status().name(),
                ClassificationStatus.SUBMITTED.name());
        BlockClassification submitted = toClassification(header(classificationId));
        events.publishEvent(new LeadersSubmitted(
                submitted.periodId(),
                submitted.year(),
                submitted.blockId(),
                submitted.blockNameVi(),
                submitted.blockNameEn()));
        return submitted;
    }

    /** The leader approves a submitted block: frozen from now on. */
    @RolesAllowed(Role.Names.LEADER)
    public BlockClassification approve(long classificationId, long expectedVersion) {
        Header header = submitted(classificationId, expectedVersion);
        store.status(
                classificationId,
                expectedVersion,
                ClassificationStatus.APPROVED,
                null,
                Instant.now(clock),
                me().username());
        audit.record(
                AuditScope.period(header.periodId()),
                "LEADERS_APPROVED",
                "LeaderClassification",
                classificationId,
                header.status().name(),
                Map.of(
                        "status",
                        ClassificationStatus.APPROVED.name(),
                        "levels",
                        levels(store.entries(classificationId))));
        return toClassification(header(classificationId));
    }

    /** The leader returns a submitted block to the secretariat with comments (required). */
    @RolesAllowed(Role.Names.LEADER)
    public BlockClassification returnWithComments(long classificationId, String comment, long expectedVersion) {
        Header header = submitted(classificationId, expectedVersion);
        if (comment == null || comment.isBlank()) {
            throw new BusinessRuleException("leaders.commentRequired");
        }
        checkLength(comment.trim(), LeaderTextLimits.JUSTIFICATION);
        store.status(
                classificationId,
                expectedVersion,
                ClassificationStatus.RETURNED,
                comment.trim(),
                Instant.now(clock),
                me().username());
        audit.record(
                AuditScope.period(header.periodId()),
                "LEADERS_RETURNED",
                "LeaderClassification",
                classificationId,
                header.status().name(),
                comment.trim());
        BlockClassification returned = toClassification(header(classificationId));
        events.publishEvent(new LeadersReturned(
                returned.periodId(),
                returned.year(),
                returned.blockId(),
                returned.blockNameVi(),
                returned.blockNameEn(),
                comment.trim()));
        return returned;
    }

    /**
     * Heads per final level in the block this year (whatever the status) and last year (its approved
     * classification, or none).
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.LEADER})
    public LevelSummary summary(long periodId, long blockId) {
        PeriodSummary period = periods.period(periodId);
        Map<Level, Integer> thisYear = store.find(periodId, blockId)
                .map(header -> counts(store.entries(header.id())))
                .orElse(Map.of());
        Map<Level, Integer> lastYear = periods.byYear(period.year() - 1)
                .flatMap(previous -> store.find(previous.id(), blockId))
                .filter(header -> header.status() == ClassificationStatus.APPROVED)
                .map(header -> counts(store.entries(header.id())))
                .orElse(null);
        return new LevelSummary(period.year(), thisYear, lastYear);
    }

    /**
     * Writes an entry for the head of every unit of the block: the ranked units best first, then those
     * that take no place (flagged with the reason; only the rules that need no result apply to them).
     */
    private void rebuild(long id, BlockResults results, RuleSet ruleSet, List<ClassificationEntry> before) {
        Map<Long, ClassificationEntry> previous = new HashMap<>();
        before.forEach(entry -> previous.put(entry.unitId(), entry));
        Map<Long, HeadTerm> heads = organization.headsInOffice(results.year());
        int blockSize = results.ranked().size();
        List<UnitFacts> facts = new ArrayList<>();
        for (UnitResultRow row : results.ranked()) {
            ClassificationEntry kept = previous.get(row.unitId());
            facts.add(new UnitFacts(
                    row.unitId(),
                    row.index(),
                    row.rank(),
                    blockSize,
                    row.band() == null ? null : row.band().minIndex(),
                    kept != null && kept.disciplined(),
                    kept == null ? 0 : kept.absenceMonths()));
        }
        for (UnrankedUnit unit : results.notRanked()) {
            ClassificationEntry kept = previous.get(unit.unitId());
            facts.add(UnitFacts.unranked(
                    unit.unitId(),
                    blockSize,
                    kept != null && kept.disciplined(),
                    kept == null ? 0 : kept.absenceMonths()));
        }
        Map<Long, Proposal> proposals = LeaderRuleEngine.propose(ruleSet.rules(), facts);
        List<EntryRow> rows = new ArrayList<>();
        int position = 0;
        for (UnitResultRow row : results.ranked()) {
            HeadTerm head = heads.get(row.unitId());
            Proposal proposal = proposals.get(row.unitId());
            Level chosen = chosen(previous.get(row.unitId()), proposal);
            rows.add(new EntryRow(
                    row.unitId(),
                    position++,
                    row.unitNameVi(),
                    row.unitNameEn(),
                    head == null ? null : head.id(),
                    head == null ? null : head.name(),
                    head == null ? null : head.titleVi(),
                    head == null ? null : head.titleEn(),
                    head != null && head.acting(),
                    row.index(),
                    row.rank(),
                    row.previousRank(),
                    row.change(),
                    row.band() == null ? null : row.band().minIndex(),
                    row.band() == null ? null : row.band().nameVi(),
                    row.band() == null ? null : row.band().nameEn(),
                    proposal.level(),
                    proposal.reasons(),
                    chosen,
                    LeaderRuleEngine.outsideRules(proposal.level(), chosen),
                    null,
                    null));
        }
        for (UnrankedUnit unit : results.notRanked()) {
            HeadTerm head = heads.get(unit.unitId());
            Proposal proposal = proposals.get(unit.unitId());
            Level chosen = chosen(previous.get(unit.unitId()), proposal);
            rows.add(new EntryRow(
                    unit.unitId(),
                    position++,
                    unit.unitNameVi(),
                    unit.unitNameEn(),
                    head == null ? null : head.id(),
                    head == null ? null : head.name(),
                    head == null ? null : head.titleVi(),
                    head == null ? null : head.titleEn(),
                    head != null && head.acting(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    proposal.level(),
                    proposal.reasons(),
                    chosen,
                    LeaderRuleEngine.outsideRules(proposal.level(), chosen),
                    unit.reason(),
                    unit.note()));
        }
        store.upsert(id, rows);
    }

    /** A level set by hand stays; one that only followed the old proposal follows the new one. */
    private static Level chosen(ClassificationEntry kept, Proposal proposal) {
        boolean setByHand = kept != null && kept.finalLevel() != null && kept.finalLevel() != kept.proposedLevel();
        return setByHand ? kept.finalLevel() : proposal.level();
    }

    /** An entry the caller may edit, with its block's classification. */
    private record Editable(ClassificationEntry entry, Header header) {}

    private Editable editableEntry(long entryId) {
        ClassificationEntry entry =
                store.entry(entryId).orElseThrow(() -> new BusinessRuleException("leaders.notFound"));
        Header header = header(store.classificationOf(entryId).orElseThrow());
        requireEditable(header);
        CurrentUser me = me();
        if (me.unitId() != null && me.unitId() == entry.unitId()) {
            throw new BusinessRuleException("leaders.ownUnit");
        }
        return new Editable(entry, header);
    }

    private Header submitted(long classificationId, long expectedVersion) {
        Header header = header(classificationId);
        if (header.status() != ClassificationStatus.SUBMITTED) {
            throw new BusinessRuleException(
                    header.status() == ClassificationStatus.APPROVED ? "leaders.frozen" : "leaders.notSubmitted");
        }
        ConcurrentEditException.check(header.version(), expectedVersion);
        return header;
    }

    private static void requireEditable(Header header) {
        if (header.status() == ClassificationStatus.APPROVED) {
            throw new BusinessRuleException("leaders.frozen");
        }
        if (!header.status().editable()) {
            throw new BusinessRuleException("leaders.awaitingDecision");
        }
    }

    private Header header(long classificationId) {
        return store.byId(classificationId).orElseThrow(() -> new BusinessRuleException("leaders.notFound"));
    }

    private CurrentUser me() {
        return currentUser.require();
    }

    private BlockClassification toClassification(Header header) {
        PeriodSummary period = periods.period(header.periodId());
        BlockSummary block = organization.blocks().stream()
                .filter(b -> b.id() == header.blockId())
                .findFirst()
                .orElseThrow();
        int revision = rules.byId(header.ruleSetId()).map(RuleSet::revision).orElse(0);
        return new BlockClassification(
                header.id(),
                header.periodId(),
                period.year(),
                header.blockId(),
                block.nameVi(),
                block.nameEn(),
                header.status(),
                revision,
                header.published(),
                header.returnComment(),
                header.submittedAt(),
                header.submittedBy(),
                header.decidedAt(),
                header.decidedBy(),
                store.entries(header.id()),
                header.version());
    }

    private static void checkLength(String text, int max) {
        if (text != null && text.length() > max) {
            throw new BusinessRuleException("leaders.textTooLong", max);
        }
    }

    private static Map<Level, Integer> counts(List<ClassificationEntry> entries) {
        Map<Level, Integer> counts = new EnumMap<>(Level.class);
        for (ClassificationEntry entry : entries) {
            if (entry.finalLevel() != null) {
                counts.merge(entry.finalLevel(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static Map<Long, String> levels(List<ClassificationEntry> entries) {
        Map<Long, String> levels = new LinkedHashMap<>();
        entries.forEach(entry -> levels.put(entry.unitId(), String.valueOf(entry.finalLevel())));
        return levels;
    }
}
