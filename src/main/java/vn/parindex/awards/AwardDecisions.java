package vn.parindex.awards;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.audit.AuditLog;
import vn.parindex.audit.AuditScope;
import vn.parindex.awards.internal.AwardDocuments;
import vn.parindex.awards.internal.AwardStore;
import vn.parindex.awards.internal.AwardStore.NominationRow;
import vn.parindex.awards.internal.FindingCodec;
import vn.parindex.leaders.ClassificationStatus;
import vn.parindex.leaders.LeaderClassifications;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.organization.UnitSummary;
import vn.parindex.period.PeriodDirectory;
import vn.parindex.ranking.BlockResults;
import vn.parindex.ranking.RankingResults;
import vn.parindex.ranking.UnitResultRow;
import vn.parindex.security.CurrentUserService;
import vn.parindex.security.Role;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.ConcurrentEditException;
import vn.parindex.shared.TextLimits;

/**
 * Award decisions: the approved list becomes a decision (number, date, signer) once the leader has
 * decided every submitted nomination. Each award is frozen with its evidence package (the unit's
 * published points, index, rank, change and band, the eligibility findings, the justification, the
 * approvals). An issued decision never changes: a correction is a new decision with its reason that
 * supersedes it. The decision prints as PDF (administrative layout) and XLSX (list and package).
 */
@Service
@Transactional
public class AwardDecisions {

    private static final String ENTITY = "AWARD_DECISION";
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d+)/");
    private static final java.time.ZoneId PORTAL_ZONE = java.time.ZoneId.of("Asia/Ho_Chi_Minh");

    private final AwardStore store;
    private final RankingResults results;
    private final OrganizationDirectory organization;
    private final PeriodDirectory periods;
    private final CurrentUserService currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final LeaderClassifications leaders;

    AwardDecisions(
            AwardStore store,
            RankingResults results,
            OrganizationDirectory organization,
            PeriodDirectory periods,
            CurrentUserService currentUser,
            AuditLog audit,
            Clock clock,
            LeaderClassifications leaders) {
        this.leaders = leaders;
        this.store = store;
        this.results = results;
        this.organization = organization;
        this.periods = periods;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The next free number of the decision date's year: "N/QĐ-UBND", N one above the highest used. */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.LEADER})
    public String nextNumber(LocalDate date) {
        int max = 0;
        for (String number : store.numbersOfYear(date.getYear())) {
            Matcher m = LEADING_NUMBER.matcher(number);
            if (m.find()) {
                max = Math.max(max, Integer.parseInt(m.group(1)));
            }
        }
        return (max + 1) + "/QĐ-UBND";
    }

    /** Issues the decision of every approved nomination not yet decided. */
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.LEADER})
    public AwardDecision issue(long periodId, DecisionDraft draft) {
        List<NominationRow> all = store.nominations(periodId, null);
        if (all.stream().anyMatch(n -> n.status() == NominationStatus.SUBMITTED)) {
            throw new BusinessRuleException("awards.pendingApprovals");
        }
        List<NominationRow> approved = all.stream()
                .filter(n -> n.status() == NominationStatus.APPROVED)
                .toList();
        if (approved.isEmpty()) {
            throw new BusinessRuleException("awards.nothingApproved");
        }
        return create(periodId, draft, approved, null, null);
    }

    /**
     * A correction: a new decision replacing {@code decisionId} with its reason, without the removed
     * nominations (they become rejected with the reason) and with any approved nomination not yet
     * decided. The replaced decision stays, marked superseded.
     */
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.LEADER})
    public AwardDecision correct(
            long decisionId, long expectedVersion, String reason, Set<Long> removed, DecisionDraft draft) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new BusinessRuleException("awards.correctionReasonRequired");
        }
        if (text.length() > TextLimits.REASON) {
            throw new BusinessRuleException("awards.tooLong", String.valueOf(TextLimits.REASON));
        }
        AwardDecision old = store.decision(decisionId).orElseThrow(() -> new BusinessRuleException("awards.notFound"));
        if (old.superseded()) {
            throw new BusinessRuleException("awards.decisionSuperseded", old.number());
        }
        ConcurrentEditException.check(old.version(), expectedVersion);
        if (store.nominations(old.periodId(), null).stream().anyMatch(n -> n.status() == NominationStatus.SUBMITTED)) {
            throw new BusinessRuleException("awards.pendingApprovals");
        }
        Set<Long> toRemove = removed == null ? Set.of() : new HashSet<>(removed);
        List<NominationRow> kept = new ArrayList<>();
        Set<Long> inOld = new HashSet<>();
        for (AwardItem item : store.items(decisionId)) {
            inOld.add(item.nominationId());
            if (!toRemove.contains(item.nominationId())) {
                kept.add(store.nomination(item.nominationId()).orElseThrow());
            }
        }
        if (!inOld.containsAll(toRemove)) {
            throw new BusinessRuleException("awards.notInDecision");
        }
        List<NominationRow> added = store.nominations(old.periodId(), null).stream()
                .filter(n -> n.status() == NominationStatus.APPROVED)
                .toList();
        if (toRemove.isEmpty() && added.isEmpty()) {
            throw new BusinessRuleException("awards.correctionNoChange");
        }
        kept.addAll(added);
        if (kept.isEmpty()) {
            throw new BusinessRuleException("awards.nothingApproved");
        }
        if (!store.supersede(decisionId, expectedVersion)) {
            throw new ConcurrentEditException();
        }
        String me = currentUser.require().username();
        for (long id : toRemove) {
            NominationRow row = store.nomination(id).orElseThrow();
            store.backToApproved(id);
            store.decide(
                    id,
                    row.version() + 1,
                    NominationStatus.REJECTED,
                    row.approvedTypeId(),
                    text,
                    me,
                    Instant.now(clock));
            audit.record(
                    new AuditScope(row.unitId(), row.periodId()),
                    "AWARD_NOMINATION_REJECTED",
                    Nominations.ENTITY,
                    id,
                    Map.of("status", "DECIDED"),
                    Map.of("status", "REJECTED", "reason", text));
        }
        return create(old.periodId(), draft, kept, old, text);
    }

    private AwardDecision create(
            long periodId, DecisionDraft draft, List<NominationRow> rows, AwardDecision replaces, String reason) {
        if (draft == null || draft.date() == null) {
            throw new BusinessRuleException("awards.dateRequired");
        }
        String signer = draft.signerName() == null ? "" : draft.signerName().strip();
        String title = draft.signerTitle() == null ? "" : draft.signerTitle().strip();
        if (signer.isEmpty() || title.isEmpty()) {
            throw new BusinessRuleException("awards.signerRequired");
        }
        if (signer.length() > TextLimits.PERSON_NAME || title.length() > TextLimits.PERSON_NAME) {
            throw new BusinessRuleException("awards.tooLong", String.valueOf(TextLimits.PERSON_NAME));
        }
        String number = draft.number() == null || draft.number().isBlank()
                ? nextNumber(draft.date())
                : draft.number().strip();
        if (number.length() > TextLimits.DECISION_NUMBER) {
            throw new BusinessRuleException("awards.tooLong", String.valueOf(TextLimits.DECISION_NUMBER));
        }
        if (store.numberTaken(number, draft.date().getYear())) {
            throw new BusinessRuleException("awards.numberTaken", number);
        }
        String me = currentUser.require().username();
        long id = store.insertDecision(
                periodId,
                number,
                draft.date(),
                signer,
                title,
                replaces == null ? null : replaces.id(),
                reason,
                Instant.now(clock),
                me);
        List<NominationRow> ordered = ordered(periodId, rows);
        Map<Long, AwardType> types = new LinkedHashMap<>();
        store.types().forEach(t -> types.put(t.id(), t));
        Map<Long, Optional<BlockResults>> blocks = new LinkedHashMap<>();
        List<AwardItem> items = new ArrayList<>();
        int position = 1;
        for (NominationRow row : ordered) {
            items.add(item(id, position++, row, types, blocks, periodId));
            store.markDecided(row.id(), id);
        }
        store.insertItems(items);
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("number", number);
        value.put("date", draft.date().toString());
        value.put("signer", signer);
        value.put(
                "collectives",
                items.stream()
                        .filter(i -> i.kind() == NominationKind.COLLECTIVE)
                        .count());
        value.put(
                "individuals",
                items.stream()
                        .filter(i -> i.kind() == NominationKind.INDIVIDUAL)
                        .count());
        if (reason != null) {
            value.put("reason", reason);
        }
        audit.record(
                AuditScope.period(periodId),
                replaces == null ? "AWARD_DECISION_ISSUED" : "AWARD_DECISION_CORRECTED",
                ENTITY,
                id,
                replaces == null ? null : Map.of("number", replaces.number()),
                value);
        return store.decision(id).orElseThrow();
    }

    /**
     * The decision's order: collectives before individuals; within each, assessed units by their
     * block's order (departments before districts) then their published rank, then the others (a
     * named collective, a person without a unit) as proposed.
     */
    private List<NominationRow> ordered(long periodId, List<NominationRow> rows) {
        Map<Long, Integer> blockOrder = new LinkedHashMap<>();
        organization.blocks().forEach(b -> blockOrder.put(b.id(), b.sortOrder()));
        Map<Long, int[]> keys = new LinkedHashMap<>();
        for (NominationRow row : rows) {
            if (row.unitId() != null && !keys.containsKey(row.unitId())) {
                UnitSummary unit = organization.unit(row.unitId());
                int rank = results.unitResult(periodId, row.unitId())
                        .map(UnitResultRow::rank)
                        .orElse(Integer.MAX_VALUE);
                keys.put(row.unitId(), new int[] {blockOrder.getOrDefault(unit.blockId(), Integer.MAX_VALUE - 1), rank
                });
            }
        }
        int[] none = {Integer.MAX_VALUE, Integer.MAX_VALUE};
        List<NominationRow> ordered = new ArrayList<>(rows);
        ordered.sort(Comparator.comparing((NominationRow n) -> n.kind().ordinal())
                .thenComparingInt(n -> n.unitId() == null ? none[0] : keys.get(n.unitId())[0])
                .thenComparingInt(n -> n.unitId() == null ? none[1] : keys.get(n.unitId())[1])
                .thenComparing(NominationRow::id));
        return ordered;
    }

    private AwardItem item(
            long decisionId,
            int position,
            NominationRow row,
            Map<Long, AwardType> types,
            Map<Long, Optional<BlockResults>> blocks,
            long periodId) {
        AwardType type = types.get(row.approvedTypeId() != null ? row.approvedTypeId() : row.awardTypeId());
        UnitResultRow result = null;
        String unitCode = null;
        String blockVi = null;
        String blockEn = null;
        if (row.unitId() != null) {
            UnitSummary unit = organization.unit(row.unitId());
            unitCode = unit.code();
            Optional<BlockResults> block = blocks.computeIfAbsent(
                    unit.blockId(),
                    b -> results.published(periodId, b) ? Optional.of(results.results(periodId, b)) : Optional.empty());
            if (block.isPresent()) {
                blockVi = block.get().blockNameVi();
                blockEn = block.get().blockNameEn();
                result = block.get().ranked().stream()
                        .filter(r -> r.unitId() == row.unitId())
                        .findFirst()
                        .orElse(null);
            }
        }
        String organisation = row.organisation();
        String name = row.kind() == NominationKind.INDIVIDUAL
                ? row.personName()
                : row.collectiveName() != null
                        ? row.collectiveName()
                        : organization.unit(row.unitId()).nameVi();
        String approvals = approvals(row, types);
        String leaderLevel = row.kind() == NominationKind.INDIVIDUAL && row.unitId() != null
                ? headLevel(periodId, row.unitId(), row.headTermId()).orElse(null)
                : null;
        return new AwardItem(
                decisionId,
                position,
                row.id(),
                row.kind(),
                name,
                row.position(),
                organisation,
                type.nameVi(),
                type.nameEn(),
                unitCode,
                blockVi,
                blockEn,
                result == null ? null : result.total(),
                result == null ? null : result.index(),
                result == null ? null : result.rank(),
                result == null ? null : result.previousRank(),
                result == null ? null : result.change().direction().name(),
                result == null ? null : result.change().places(),
                result == null || result.band() == null ? null : result.band().nameVi(),
                result == null || result.band() == null ? null : result.band().nameEn(),
                row.eligible(),
                FindingCodec.decode(row.eligibility()),
                row.justification(),
                row.achievements(),
                approvals,
                store.attachments(row.id()).size(),
                leaderLevel);
    }

    /**
     * The final level of the unit's head in the period's approved leader classification, when the
     * nomination is linked to the head's term and that term is still the head in office that year
     * (the one the leaders module classified). Never by name: a colleague of the same name is not the
     * head. The leaders module is read through its public API only.
     */
    private Optional<String> headLevel(long periodId, long unitId, Long headTermId) {
        if (headTermId == null) {
            return Optional.empty();
        }
        int year = periods.period(periodId).year();
        boolean stillHead = organization
                .headInOffice(unitId, year)
                .filter(head -> head.id() == headTermId)
                .isPresent();
        if (!stillHead) {
            return Optional.empty();
        }
        long blockId = organization.unit(unitId).blockId();
        return leaders.classification(periodId, blockId)
                .filter(c -> c.status() == ClassificationStatus.APPROVED)
                .flatMap(c -> c.entries().stream()
                        .filter(e -> e.unitId() == unitId && !e.headMissing())
                        .findFirst())
                .map(e -> e.finalLevel() == null ? null : e.finalLevel().name());
    }

    /** The approvals as language-neutral steps ({@link ApprovalText} reads them in a language). */
    private static String approvals(NominationRow row, Map<Long, AwardType> types) {
        List<List<String>> steps = new ArrayList<>();
        steps.add(List.of("proposed", row.proposedBy()));
        if (row.reviewedBy() != null) {
            steps.add(List.of("reviewed", row.reviewedBy(), day(row.reviewedAt())));
        } else {
            steps.add(List.of("notReviewed"));
        }
        if (row.submittedBy() != null) {
            steps.add(List.of("submitted", row.submittedBy(), day(row.submittedAt())));
        }
        if (row.decidedBy() != null) {
            steps.add(List.of("approved", row.decidedBy(), day(row.decidedAt())));
        }
        if (row.approvedTypeId() != null) {
            AwardType from = types.get(row.awardTypeId());
            AwardType to = types.get(row.approvedTypeId());
            steps.add(List.of(
                    "typeChanged", "@" + from.nameVi() + "@" + from.nameEn(), "@" + to.nameVi() + "@" + to.nameEn()));
        }
        return ApprovalText.encode(steps);
    }

    private static String day(Instant at) {
        return at == null ? "" : "d:" + at.atZone(PORTAL_ZONE).toLocalDate();
    }

    // ---- reading and exports

    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.LEADER, Role.Names.FOCAL_POINT})
    public List<AwardDecision> decisions(long periodId) {
        return store.decisions(periodId);
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.LEADER, Role.Names.FOCAL_POINT})
    public AwardDecision decision(long decisionId) {
        return store.decision(decisionId).orElseThrow(() -> new BusinessRuleException("awards.notFound"));
    }

    /**
     * The decision's awards with their evidence package. A focal point gets only their own unit's
     * awards (the decision's list itself is in the PDF, a public document).
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.LEADER, Role.Names.FOCAL_POINT})
    public List<AwardItem> items(long decisionId) {
        decision(decisionId);
        Long scope = currentUser.unitScope(Role.SECRETARIAT, Role.LEADER);
        List<AwardItem> items = store.items(decisionId);
        if (scope == null) {
            return items;
        }
        String code = organization.unit(scope).code();
        return items.stream().filter(i -> code.equals(i.unitCode())).toList();
    }

    private void auditExport(AwardDecision decision, String file) {
        audit.recordAccess(
                AuditScope.period(decision.periodId()),
                "AWARD_DECISION_EXPORTED",
                "AWARD_DECISION",
                decision.id(),
                java.util.Map.of("file", file));
    }

    /** The decision in the Vietnamese administrative layout, the list of awards as its annex. */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.LEADER, Role.Names.FOCAL_POINT})
    public byte[] pdf(long decisionId) {
        AwardDecision decision = decision(decisionId);
        auditExport(decision, "pdf");
        return AwardDocuments.pdf(decision, store.items(decisionId), province(), replacedDate(decision));
    }

    /** The list and the evidence package as a workbook in the reader's language. */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.LEADER})
    public byte[] xlsx(long decisionId, Locale locale) {
        AwardDecision decision = decision(decisionId);
        auditExport(decision, "xlsx");
        return AwardDocuments.xlsx(decision, store.items(decisionId), locale);
    }

    private LocalDate replacedDate(AwardDecision decision) {
        return decision.replacesId() == null
                ? null
                : store.decision(decision.replacesId()).map(AwardDecision::date).orElse(null);
    }

    private String province() {
        return organization.province().map(p -> p.nameVi()).orElse("");
    }
}
