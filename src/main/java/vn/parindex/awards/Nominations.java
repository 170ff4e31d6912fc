package vn.parindex.awards;

import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.audit.AuditLog;
import vn.parindex.audit.AuditScope;
import vn.parindex.awards.internal.AwardStore;
import vn.parindex.awards.internal.AwardStore.NominationRow;
import vn.parindex.awards.internal.FindingCodec;
import vn.parindex.organization.HeadTerm;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.organization.UnitSummary;
import vn.parindex.period.PeriodDirectory;
import vn.parindex.period.PeriodSummary;
import vn.parindex.period.Phase;
import vn.parindex.period.RankingBand;
import vn.parindex.ranking.RankingResults;
import vn.parindex.ranking.UnitResultRow;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.CurrentUserService;
import vn.parindex.security.Role;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.ConcurrentEditException;
import vn.parindex.shared.TextLimits;

/**
 * Award nominations of a period, once its results are published.
 *
 * <ul>
 *   <li>A focal point proposes for their own unit and its staff only (another unit: access denied); the
 *       secretariat for any unit or a named collective, and sends the list to the leader.
 *   <li>Every nomination carries each eligibility rule's finding; one that passes no rule needs a
 *       justification. The same unit, collective or person is nominated once per period.
 *   <li>The leader approves, rejects with a reason, or approves at another award type, one by one or
 *       the whole list; never a nomination of their own unit. Nothing in an issued decision changes
 *       but through a new decision ({@link AwardDecisions#correct}).
 * </ul>
 */
@Service
@Transactional
public class Nominations {

    static final String ENTITY = "AWARD_NOMINATION";
    /** How much of a nominee's normalized name and position is compared to find duplicates. */
    private static final int DUPLICATE_KEY_CHARS = 280;

    private static final Role[] READ_EVERY_UNIT = {Role.SECRETARIAT, Role.LEADER};
    private static final int MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

    private final AwardStore store;
    private final RankingResults results;
    private final OrganizationDirectory organization;
    private final PeriodDirectory periods;
    private final CurrentUserService currentUser;
    private final AuditLog audit;
    private final Clock clock;

    Nominations(
            AwardStore store,
            RankingResults results,
            OrganizationDirectory organization,
            PeriodDirectory periods,
            CurrentUserService currentUser,
            AuditLog audit,
            Clock clock) {
        this.store = store;
        this.results = results;
        this.organization = organization;
        this.periods = periods;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- configuration

    /** The configurable award types, default first. */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.LEADER, Role.Names.FOCAL_POINT})
    public List<AwardType> types() {
        return store.types();
    }

    /** Every award type, inactive ones too (to name what older nominations and rules use). */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.LEADER, Role.Names.FOCAL_POINT})
    public List<AwardType> allTypes() {
        return store.typeUsages().stream().map(AwardTypeUsage::type).toList();
    }

    /** The period's eligibility rules. */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.LEADER, Role.Names.FOCAL_POINT})
    public List<EligibilityRule> rules(long periodId) {
        return store.rules(periodId);
    }

    /** Adds a rule to the period (secretariat); nominations proposed afterwards are judged by it too. */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public long addRule(
            long periodId,
            long awardTypeId,
            NominationKind subject,
            RuleKind kind,
            Long blockId,
            Integer rankLimit,
            BigDecimal minIndex) {
        periods.period(periodId);
        activeType(awardTypeId);
        if (subject == null || kind == null) {
            throw new BusinessRuleException("awards.rule.kindRequired");
        }
        if (blockId != null) {
            organization.blocks().stream()
                    .filter(b -> b.id() == blockId)
                    .findFirst()
                    .orElseThrow(() -> new BusinessRuleException("awards.rule.blockUnknown"));
        }
        if (kind == RuleKind.RANK_TOP_N && (rankLimit == null || rankLimit < 1)) {
            throw new BusinessRuleException("awards.rule.rankLimitRequired");
        }
        if (kind == RuleKind.INDEX_AT_LEAST
                && (minIndex == null || minIndex.signum() < 0 || minIndex.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new BusinessRuleException("awards.rule.minIndexRequired");
        }
        Integer limit = kind == RuleKind.RANK_TOP_N ? rankLimit : null;
        BigDecimal index = kind == RuleKind.INDEX_AT_LEAST ? minIndex : null;
        boolean same = store.rules(periodId).stream()
                .anyMatch(r -> r.awardTypeId() == awardTypeId
                        && r.subject() == subject
                        && r.kind() == kind
                        && java.util.Objects.equals(r.blockId(), blockId)
                        && java.util.Objects.equals(r.rankLimit(), limit)
                        && (r.minIndex() == null
                                ? index == null
                                : index != null && r.minIndex().compareTo(index) == 0));
        if (same) {
            throw new BusinessRuleException("awards.rule.duplicate");
        }
        long id = store.addRule(periodId, awardTypeId, subject, kind, blockId, limit, index);
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("awardType", awardTypeId);
        value.put("subject", subject.name());
        value.put("kind", kind.name());
        value.put("block", blockId);
        value.put("rankLimit", rankLimit);
        value.put("minIndex", minIndex);
        audit.record(AuditScope.period(periodId), "AWARD_RULE_ADDED", "AWARD_RULE", id, null, value);
        return id;
    }

    @RolesAllowed(Role.Names.SECRETARIAT)
    public void removeRule(long ruleId) {
        long periodId = store.rulePeriod(ruleId).orElseThrow(() -> new BusinessRuleException("awards.rule.notFound"));
        store.deleteRule(ruleId);
        audit.record(
                AuditScope.period(periodId),
                "AWARD_RULE_REMOVED",
                "AWARD_RULE",
                ruleId,
                Map.of("period", periodId),
                null);
    }

    // ---- reading

    /** Periods whose results are published (where nominations are made), newest first. */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.LEADER, Role.Names.FOCAL_POINT})
    public List<PeriodSummary> periods() {
        return periods.periods().stream()
                .filter(p -> p.phase().isAtLeast(Phase.PUBLISHED))
                .toList();
    }

    /** The period's nominations; a focal point sees only their own unit's. */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.LEADER, Role.Names.FOCAL_POINT})
    public List<Nomination> nominations(long periodId) {
        Long scope = currentUser.unitScope(READ_EVERY_UNIT);
        Map<Long, AwardType> types = new LinkedHashMap<>();
        store.types().forEach(t -> types.put(t.id(), t));
        Map<Long, Integer> attachments = store.attachmentCounts(periodId);
        List<Nomination> out = new ArrayList<>();
        for (NominationRow row : store.nominations(periodId, scope)) {
            out.add(view(row, types, attachments.getOrDefault(row.id(), 0)));
        }
        return out;
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.LEADER, Role.Names.FOCAL_POINT})
    public Nomination nomination(long id) {
        NominationRow row = readable(id);
        Map<Long, AwardType> types = new LinkedHashMap<>();
        store.types().forEach(t -> types.put(t.id(), t));
        return view(row, types, store.attachments(id).size());
    }

    /** What the rules would say on a draft (the form shows it before saving). */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.FOCAL_POINT})
    public List<RuleFinding> check(long periodId, NominationDraft draft) {
        checkScope(draft.unitId());
        return findings(periodId, draft.kind(), draft.unitId(), draft.awardTypeId());
    }

    // ---- proposing

    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.FOCAL_POINT})
    public Nomination propose(long periodId, NominationDraft draft) {
        requirePublished(periodId);
        activeType(draft.awardTypeId());
        NominationRow row = validated(periodId, null, draft);
        String key = subjectKey(row);
        if (store.subjectTaken(periodId, key, null)) {
            throw new BusinessRuleException("awards.duplicate", displayName(row));
        }
        long id = store.insertNomination(row, key, Instant.now(clock));
        audit.record(scope(row), "AWARD_NOMINATED", ENTITY, id, null, auditValue(row));
        return nomination(id);
    }

    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.FOCAL_POINT})
    public Nomination update(long id, long expectedVersion, NominationDraft draft) {
        NominationRow old = editable(id);
        ConcurrentEditException.check(old.version(), expectedVersion);
        if (draft.awardTypeId() != old.awardTypeId()) {
            activeType(draft.awardTypeId());
        }
        NominationRow row = validated(old.periodId(), old, draft);
        String key = subjectKey(row);
        if (store.subjectTaken(old.periodId(), key, id)) {
            throw new BusinessRuleException("awards.duplicate", displayName(row));
        }
        if (!store.updateNomination(row, key)) {
            throw new ConcurrentEditException();
        }
        Map<String, Object> before = auditValue(old);
        before.put("status", old.status().name());
        Map<String, Object> after = auditValue(row);
        after.put("status", row.status().name());
        audit.record(scope(row), "AWARD_NOMINATION_CHANGED", ENTITY, id, before, after);
        return nomination(id);
    }

    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.FOCAL_POINT})
    public void withdraw(long id, long expectedVersion) {
        NominationRow old = editable(id);
        ConcurrentEditException.check(old.version(), expectedVersion);
        store.deleteNomination(id);
        audit.record(scope(old), "AWARD_NOMINATION_WITHDRAWN", ENTITY, id, auditValue(old), null);
    }

    /** Attaches a PDF, JPG or PNG of at most 20 MB (checked by its content, not only its name). */
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.FOCAL_POINT})
    public AttachmentInfo attach(long id, String fileName, byte[] content) {
        NominationRow row = readable(id);
        checkScope(row.unitId());
        if (row.status() == NominationStatus.DECIDED) {
            throw new BusinessRuleException("awards.decisionIssued");
        }
        if (row.status() == NominationStatus.APPROVED || row.status() == NominationStatus.REJECTED) {
            throw new BusinessRuleException("awards.notEditable");
        }
        if (content == null || content.length == 0) {
            throw new BusinessRuleException("awards.attachment.empty");
        }
        if (content.length > MAX_ATTACHMENT_BYTES) {
            throw new BusinessRuleException("awards.attachment.tooLarge", "20");
        }
        String name = fileName == null ? "" : fileName.strip();
        if (name.isEmpty() || name.length() > TextLimits.NAME) {
            throw new BusinessRuleException("awards.attachment.badName");
        }
        String type = AttachmentTypes.detect(name, content)
                .orElseThrow(() -> new BusinessRuleException("awards.attachment.wrongType", AttachmentTypes.ALLOWED));
        String sha = sha256(content);
        Instant at = Instant.now(clock);
        long attachmentId = store.addAttachment(
                id, name, type, content, sha, currentUser.require().username(), at);
        audit.record(
                scope(row),
                "AWARD_ATTACHMENT_ADDED",
                ENTITY,
                id,
                null,
                Map.of("file", name, "size", content.length, "sha256", sha));
        return new AttachmentInfo(
                attachmentId, name, type, content.length, currentUser.require().username(), at);
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.LEADER, Role.Names.FOCAL_POINT})
    public List<AttachmentInfo> attachments(long id) {
        readable(id);
        return store.attachments(id);
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.LEADER, Role.Names.FOCAL_POINT})
    public byte[] attachmentContent(long attachmentId) {
        var entry =
                store.attachmentContent(attachmentId).orElseThrow(() -> new BusinessRuleException("awards.notFound"));
        readable(entry.getKey());
        return entry.getValue();
    }

    // ---- the list goes to the leader

    // ---- the secretariat reviews

    /** Takes a proposed nomination into the list (never one of the secretariat's own unit). */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public Nomination accept(long id, long expectedVersion) {
        NominationRow row = reviewable(id, expectedVersion);
        if (row.status() != NominationStatus.PROPOSED) {
            throw new BusinessRuleException("awards.notProposed");
        }
        if (!row.eligible() && blank(row.justification())) {
            throw new BusinessRuleException("awards.justificationRequired", displayName(row));
        }
        return review(row, NominationStatus.ACCEPTED, null, "AWARD_NOMINATION_ACCEPTED");
    }

    /** Sends a proposed or accepted nomination back to its proposer with a reason. */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public Nomination sendBack(long id, long expectedVersion, String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new BusinessRuleException("awards.returnReasonRequired");
        }
        if (text.length() > TextLimits.REASON) {
            throw new BusinessRuleException("awards.tooLong", String.valueOf(TextLimits.REASON));
        }
        NominationRow row = reviewable(id, expectedVersion);
        if (row.status() != NominationStatus.PROPOSED && row.status() != NominationStatus.ACCEPTED) {
            throw new BusinessRuleException("awards.notProposed");
        }
        return review(row, NominationStatus.RETURNED, text, "AWARD_NOMINATION_RETURNED");
    }

    /** Accepts every proposed nomination of the period but the secretariat's own unit's; returns how many. */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public int acceptAll(long periodId) {
        CurrentUser me = currentUser.require();
        int n = 0;
        for (NominationRow row : store.nominations(periodId, null)) {
            if (row.status() == NominationStatus.PROPOSED && !ownUnit(me, row.unitId())) {
                accept(row.id(), row.version());
                n++;
            }
        }
        return n;
    }

    private NominationRow reviewable(long id, long expectedVersion) {
        NominationRow row = store.nomination(id).orElseThrow(() -> new BusinessRuleException("awards.notFound"));
        if (row.status() == NominationStatus.DECIDED) {
            throw new BusinessRuleException("awards.decisionIssued");
        }
        if (ownUnit(currentUser.require(), row.unitId())) {
            throw new BusinessRuleException("awards.ownUnitReview");
        }
        ConcurrentEditException.check(row.version(), expectedVersion);
        return row;
    }

    private Nomination review(NominationRow row, NominationStatus status, String reason, String event) {
        if (!store.review(
                row.id(), row.version(), status, reason, currentUser.require().username(), Instant.now(clock))) {
            throw new ConcurrentEditException();
        }
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("status", status.name());
        if (reason != null) {
            value.put("reason", reason);
        }
        audit.record(
                scope(row),
                event,
                ENTITY,
                row.id(),
                Map.of("status", row.status().name()),
                value);
        return nomination(row.id());
    }

    // ---- the list goes to the leader

    /**
     * Sends the list to the leader: every accepted nomination, and the secretariat's own unit's
     * (which it may not accept itself; the leader decides them). Refused while a unit's proposal
     * waits for review. Returns how many.
     */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public int submitList(long periodId) {
        requirePublished(periodId);
        CurrentUser me = currentUser.require();
        List<NominationRow> all = store.nominations(periodId, null);
        for (NominationRow row : all) {
            if (row.status() == NominationStatus.PROPOSED && !ownUnit(me, row.unitId())) {
                throw new BusinessRuleException("awards.reviewPending", displayName(row));
            }
        }
        List<NominationRow> proposed = all.stream()
                .filter(n -> n.status() == NominationStatus.ACCEPTED || n.status() == NominationStatus.PROPOSED)
                .toList();
        if (proposed.isEmpty()) {
            throw new BusinessRuleException("awards.nothingToSubmit");
        }
        String me_ = me.username();
        Instant at = Instant.now(clock);
        for (NominationRow row : proposed) {
            if (!row.eligible() && blank(row.justification())) {
                throw new BusinessRuleException("awards.justificationRequired", displayName(row));
            }
            store.submit(row.id(), me_, at);
            audit.record(
                    scope(row),
                    "AWARD_NOMINATION_SUBMITTED",
                    ENTITY,
                    row.id(),
                    Map.of("status", row.status().name()),
                    Map.of("status", "SUBMITTED"));
        }
        return proposed.size();
    }

    // ---- the leader decides

    @RolesAllowed(Role.Names.LEADER)
    public Nomination approve(long id, long expectedVersion) {
        return decide(id, expectedVersion, NominationStatus.APPROVED, null, null);
    }

    /** Approves at another award type than the one proposed. */
    @RolesAllowed(Role.Names.LEADER)
    public Nomination approveAs(long id, long expectedVersion, long awardTypeId) {
        activeType(awardTypeId);
        return decide(id, expectedVersion, NominationStatus.APPROVED, awardTypeId, null);
    }

    @RolesAllowed(Role.Names.LEADER)
    public Nomination reject(long id, long expectedVersion, String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new BusinessRuleException("awards.rejectionReasonRequired");
        }
        if (text.length() > TextLimits.REASON) {
            throw new BusinessRuleException("awards.tooLong", String.valueOf(TextLimits.REASON));
        }
        return decide(id, expectedVersion, NominationStatus.REJECTED, null, text);
    }

    /** Approves every submitted nomination of the period; returns how many. */
    @RolesAllowed(Role.Names.LEADER)
    public int approveAll(long periodId) {
        List<NominationRow> submitted = submitted(periodId);
        for (NominationRow row : submitted) {
            decide(row.id(), row.version(), NominationStatus.APPROVED, null, null);
        }
        return submitted.size();
    }

    /** Approves every submitted nomination of the period at another award type; returns how many. */
    @RolesAllowed(Role.Names.LEADER)
    public int approveAllAs(long periodId, long awardTypeId) {
        activeType(awardTypeId);
        List<NominationRow> submitted = submitted(periodId);
        for (NominationRow row : submitted) {
            decide(row.id(), row.version(), NominationStatus.APPROVED, awardTypeId, null);
        }
        return submitted.size();
    }

    /** Rejects every submitted nomination of the period with one reason; returns how many. */
    @RolesAllowed(Role.Names.LEADER)
    public int rejectAll(long periodId, String reason) {
        List<NominationRow> submitted = submitted(periodId);
        for (NominationRow row : submitted) {
            reject(row.id(), row.version(), reason);
        }
        return submitted.size();
    }

    private List<NominationRow> submitted(long periodId) {
        List<NominationRow> submitted = store.nominations(periodId, null).stream()
                .filter(n -> n.status() == NominationStatus.SUBMITTED)
                .toList();
        if (submitted.isEmpty()) {
            throw new BusinessRuleException("awards.nothingSubmitted");
        }
        return submitted;
    }

    private Nomination decide(long id, long expectedVersion, NominationStatus status, Long typeId, String reason) {
        NominationRow row = store.nomination(id).orElseThrow(() -> new BusinessRuleException("awards.notFound"));
        if (row.status() == NominationStatus.DECIDED) {
            throw new BusinessRuleException("awards.decisionIssued");
        }
        if (row.status() != NominationStatus.SUBMITTED) {
            throw new BusinessRuleException("awards.notSubmitted");
        }
        CurrentUser me = currentUser.require();
        if (me.unitId() != null && row.unitId() != null && me.unitId().equals(row.unitId())) {
            throw new BusinessRuleException("awards.ownUnit");
        }
        ConcurrentEditException.check(row.version(), expectedVersion);
        if (typeId != null && typeId == row.awardTypeId()) {
            typeId = null;
        }
        if (!store.decide(id, expectedVersion, status, typeId, reason, me.username(), Instant.now(clock))) {
            throw new ConcurrentEditException();
        }
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("status", status.name());
        if (typeId != null) {
            value.put("awardType", typeId);
        }
        if (reason != null) {
            value.put("reason", reason);
        }
        audit.record(
                scope(row),
                status == NominationStatus.REJECTED ? "AWARD_NOMINATION_REJECTED" : "AWARD_NOMINATION_APPROVED",
                ENTITY,
                id,
                Map.of("status", row.status().name(), "awardType", row.awardTypeId()),
                value);
        return nomination(id);
    }

    // ---- helpers

    private static AuditScope scope(NominationRow row) {
        return new AuditScope(row.unitId(), row.periodId());
    }

    private NominationRow readable(long id) {
        NominationRow row = store.nomination(id).orElseThrow(() -> new BusinessRuleException("awards.notFound"));
        Long scope = currentUser.unitScope(READ_EVERY_UNIT);
        if (scope != null && !scope.equals(row.unitId())) {
            throw new AccessDeniedException("Nomination " + id + " is outside the caller's unit");
        }
        return row;
    }

    private NominationRow editable(long id) {
        NominationRow row = store.nomination(id).orElseThrow(() -> new BusinessRuleException("awards.notFound"));
        checkScope(row.unitId());
        if (row.status() == NominationStatus.DECIDED) {
            throw new BusinessRuleException("awards.decisionIssued");
        }
        boolean secretariat = currentUser.require().roles().contains(Role.SECRETARIAT);
        if (row.status() != NominationStatus.PROPOSED
                && row.status() != NominationStatus.RETURNED
                && !(secretariat && row.status() == NominationStatus.ACCEPTED)) {
            throw new BusinessRuleException("awards.notEditable");
        }
        return row;
    }

    /** A focal point acts only on their own unit (a nomination without a unit is the secretariat's). */
    private void checkScope(Long unitId) {
        Long scope = currentUser.unitScope(Role.SECRETARIAT);
        if (scope != null && !scope.equals(unitId)) {
            throw new AccessDeniedException("A focal point nominates for their own unit only");
        }
    }

    private void requirePublished(long periodId) {
        PeriodSummary period = periods.period(periodId);
        if (!period.phase().isAtLeast(Phase.PUBLISHED)) {
            throw new BusinessRuleException("awards.periodNotPublished", String.valueOf(period.year()));
        }
    }

    private AwardType type(long id) {
        return store.type(id).orElseThrow(() -> new BusinessRuleException("awards.typeUnknown"));
    }

    /** A type offered for new nominations, approvals at another type and rules. */
    private AwardType activeType(long id) {
        AwardType type = type(id);
        if (!type.active()) {
            throw new BusinessRuleException("awards.typeInactive", type.nameVi());
        }
        return type;
    }

    /**
     * The row a draft makes, checked. {@code old} is the stored nomination on an edit: an edit keeps
     * its state and review (accepting is its own step, {@link #accept}); only a returned nomination
     * changed by its unit (or by whoever proposed it) is proposed again.
     */
    private NominationRow validated(long periodId, NominationRow old, NominationDraft d) {
        if (d.kind() == null) {
            throw new BusinessRuleException("awards.kindRequired");
        }
        checkScope(d.unitId());
        type(d.awardTypeId());
        String collective = trim(d.collectiveName());
        String person = trim(d.personName());
        String position = trim(d.position());
        String organisation = trim(d.organisation());
        String achievements = trim(d.achievements());
        String justification = trim(d.justification());
        Long headTermId = null;
        if (d.unitId() != null) {
            UnitSummary unit = organization.unit(d.unitId());
            if (d.kind() == NominationKind.INDIVIDUAL && organisation == null) {
                organisation = unit.nameVi();
            }
        }
        if (d.headOfUnit()) {
            if (d.kind() != NominationKind.INDIVIDUAL || d.unitId() == null) {
                throw new BusinessRuleException("awards.head.unitRequired");
            }
            UnitSummary unit = organization.unit(d.unitId());
            int year = periods.period(periodId).year();
            HeadTerm head = organization
                    .headInOffice(d.unitId(), year)
                    .orElseThrow(
                            () -> new BusinessRuleException("awards.head.none", unit.nameVi(), String.valueOf(year)));
            if (person == null) {
                person = head.name();
            }
            if (position == null) {
                position = head.titleVi();
            }
            // the link is the term; the name only guards against linking someone else by mistake
            if (!normal(person).equals(normal(head.name()))) {
                throw new BusinessRuleException(
                        "awards.head.otherName", head.name(), unit.nameVi(), String.valueOf(year));
            }
            headTermId = head.id();
        }
        if (d.kind() == NominationKind.COLLECTIVE) {
            if ((d.unitId() == null) == (collective == null)) {
                throw new BusinessRuleException("awards.collectiveRequired");
            }
            person = null;
            position = null;
            organisation = null;
        } else {
            collective = null;
            if (person == null || position == null || organisation == null) {
                throw new BusinessRuleException("awards.personRequired");
            }
        }
        if (achievements == null) {
            throw new BusinessRuleException("awards.achievementsRequired");
        }
        limit(collective, TextLimits.NAME);
        limit(person, TextLimits.PERSON_NAME);
        limit(position, TextLimits.NAME);
        limit(organisation, TextLimits.NAME);
        limit(achievements, TextLimits.NOTE);
        limit(justification, TextLimits.REASON);
        List<RuleFinding> findings = findings(periodId, d.kind(), d.unitId(), d.awardTypeId());
        boolean eligible = Eligibility.eligible(findings);
        if (!eligible && justification == null) {
            throw new BusinessRuleException(
                    "awards.justificationRequired",
                    collective != null
                            ? collective
                            : person != null
                                    ? person
                                    : organization.unit(d.unitId()).nameVi());
        }
        CurrentUser me = currentUser.require();
        NominationStatus status;
        String reviewedBy;
        Instant reviewedAt;
        String returnReason = null;
        if (old == null) {
            reviewedBy = reviewer(d.unitId());
            reviewedAt = reviewedBy == null ? null : Instant.now(clock);
            status = reviewedBy == null ? NominationStatus.PROPOSED : NominationStatus.ACCEPTED;
        } else if (old.status() == NominationStatus.RETURNED
                && (!me.roles().contains(Role.SECRETARIAT) || me.username().equals(old.proposedBy()))) {
            status = NominationStatus.PROPOSED;
            reviewedBy = null;
            reviewedAt = null;
        } else {
            status = old.status();
            reviewedBy = old.reviewedBy();
            reviewedAt = old.reviewedAt();
            returnReason = old.status() == NominationStatus.RETURNED ? old.returnReason() : null;
            if (status == NominationStatus.ACCEPTED && ownUnit(me, d.unitId())) {
                // moved to the secretariat's own unit: its acceptance cannot stand, the leader decides
                status = NominationStatus.PROPOSED;
                reviewedBy = null;
                reviewedAt = null;
            }
        }
        return new NominationRow(
                old == null ? 0 : old.id(),
                periodId,
                d.kind(),
                d.unitId(),
                collective,
                person,
                position,
                organisation,
                d.awardTypeId(),
                null,
                achievements,
                justification,
                eligible,
                FindingCodec.encode(findings),
                status,
                null,
                old == null ? me.username() : old.proposedBy(),
                null,
                null,
                null,
                null,
                null,
                old == null ? 0 : old.version(),
                reviewedBy,
                reviewedAt,
                returnReason,
                headTermId);
    }

    /**
     * Who takes a nomination into the list as it is saved: the secretariat its own (not its own
     * unit's, which goes to the leader unreviewed); a focal point's waits for the secretariat.
     */
    private String reviewer(Long unitId) {
        CurrentUser me = currentUser.require();
        if (!me.roles().contains(Role.SECRETARIAT) || ownUnit(me, unitId)) {
            return null;
        }
        return me.username();
    }

    private static boolean ownUnit(CurrentUser me, Long unitId) {
        return me.unitId() != null && unitId != null && me.unitId().equals(unitId);
    }

    List<RuleFinding> findings(long periodId, NominationKind kind, Long unitId, long awardTypeId) {
        Long blockId = null;
        Optional<UnitResultRow> result = Optional.empty();
        RankingBand topBand = null;
        if (unitId != null) {
            blockId = organization.unit(unitId).blockId();
            result = results.unitResult(periodId, unitId);
            // the top band is the one with the highest threshold
            topBand = periods.bands(periodId).getOrDefault(blockId, List.of()).stream()
                    .max(java.util.Comparator.comparing(RankingBand::minIndex))
                    .orElse(null);
        }
        return Eligibility.evaluate(
                store.rules(periodId), awardTypeId, new Eligibility.Subject(kind, unitId, blockId, result, topBand));
    }

    private Nomination view(NominationRow row, Map<Long, AwardType> types, int attachments) {
        AwardType type = types.containsKey(row.awardTypeId())
                ? types.get(row.awardTypeId())
                : store.type(row.awardTypeId()).orElseThrow();
        AwardType approved = row.approvedTypeId() == null
                ? null
                : types.containsKey(row.approvedTypeId())
                        ? types.get(row.approvedTypeId())
                        : store.type(row.approvedTypeId()).orElseThrow();
        return new Nomination(
                row.id(),
                row.periodId(),
                row.kind(),
                row.unitId(),
                displayName(row),
                row.position(),
                row.organisation(),
                type,
                approved,
                row.achievements(),
                row.justification(),
                row.eligible(),
                FindingCodec.decode(row.eligibility()),
                row.status(),
                row.rejectionReason(),
                row.proposedBy(),
                row.decidedBy(),
                attachments,
                row.decisionId(),
                row.version(),
                row.reviewedBy(),
                row.status() == NominationStatus.RETURNED ? row.returnReason() : null,
                row.headTermId());
    }

    String displayName(NominationRow row) {
        if (row.kind() == NominationKind.INDIVIDUAL) {
            return row.personName();
        }
        return row.collectiveName() != null
                ? row.collectiveName()
                : organization.unit(row.unitId()).nameVi();
    }

    static String subjectKey(NominationRow row) {
        if (row.kind() == NominationKind.COLLECTIVE) {
            return row.unitId() != null ? "U:" + row.unitId() : "C:" + normal(row.collectiveName());
        }
        // a unit's head and a colleague of the same name are two people
        return "P:" + normal(row.personName()) + "|"
                + (row.unitId() != null ? "U" + row.unitId() : normal(row.organisation()))
                + (row.headTermId() != null ? "|head" : "");
    }

    private static String normal(String text) {
        String t = text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        t = Normalizer.normalize(t, Normalizer.Form.NFC);
        return t.substring(0, Math.min(t.length(), DUPLICATE_KEY_CHARS));
    }

    private static Map<String, Object> auditValue(NominationRow row) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("kind", row.kind().name());
        value.put("unit", row.unitId());
        value.put("collective", row.collectiveName());
        value.put("person", row.personName());
        value.put("position", row.position());
        value.put("organisation", row.organisation());
        value.put("awardType", row.awardTypeId());
        value.put("eligible", row.eligible());
        value.put("justification", row.justification());
        value.put("headTerm", row.headTermId());
        return value;
    }

    private static void limit(String text, int max) {
        if (text != null && text.length() > max) {
            throw new BusinessRuleException("awards.tooLong", String.valueOf(max));
        }
    }

    private static String trim(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        return t.isEmpty() ? null : t;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
