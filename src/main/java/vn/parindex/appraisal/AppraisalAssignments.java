package vn.parindex.appraisal;

import jakarta.annotation.security.RolesAllowed;
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
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.appraisal.internal.Appraisal;
import vn.parindex.appraisal.internal.AppraisalAccess;
import vn.parindex.appraisal.internal.AppraisalRepository;
import vn.parindex.appraisal.internal.Assignment;
import vn.parindex.appraisal.internal.AssignmentRepository;
import vn.parindex.assessment.AssessmentRef;
import vn.parindex.assessment.ReviewedAssessments;
import vn.parindex.audit.AuditLog;
import vn.parindex.audit.AuditScope;
import vn.parindex.criteria.CriteriaCatalog;
import vn.parindex.criteria.CriteriaNodeView;
import vn.parindex.criteria.CriteriaSetRef;
import vn.parindex.criteria.CriteriaTree;
import vn.parindex.criteria.ScoreRule;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.organization.UnitSummary;
import vn.parindex.period.PeriodDirectory;
import vn.parindex.period.PeriodSummary;
import vn.parindex.period.Phase;
import vn.parindex.security.CouncilMember;
import vn.parindex.security.CouncilMembers;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.CurrentUserService;
import vn.parindex.security.Role;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.TextLimits;

/**
 * The secretariat assigns council members to units (whole, or one area), sees each member's workload
 * and each unit's coverage, and marks a unit that did not submit as not ranked. A member is never
 * assigned to the unit they belong to, and nobody acts here on their own unit.
 */
@Service
@RolesAllowed(Role.Names.SECRETARIAT)
public class AppraisalAssignments {

    private final AssignmentRepository assignments;
    private final AppraisalRepository appraisals;
    private final ReviewedAssessments assessments;
    private final CriteriaCatalog catalog;
    private final PeriodDirectory periods;
    private final OrganizationDirectory organization;
    private final CouncilMembers council;
    private final CurrentUserService currentUser;
    private final AuditLog audit;
    private final Clock clock;

    AppraisalAssignments(
            AssignmentRepository assignments,
            AppraisalRepository appraisals,
            ReviewedAssessments assessments,
            CriteriaCatalog catalog,
            PeriodDirectory periods,
            OrganizationDirectory organization,
            CouncilMembers council,
            CurrentUserService currentUser,
            AuditLog audit,
            Clock clock) {
        this.assignments = assignments;
        this.appraisals = appraisals;
        this.assessments = assessments;
        this.catalog = catalog;
        this.periods = periods;
        this.organization = organization;
        this.council = council;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Periods that are not closed, newest first. */
    @Transactional(readOnly = true)
    public List<PeriodSummary> periods() {
        return periods.periods().stream()
                .filter(period -> !period.phase().isAtLeast(Phase.PUBLISHED))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<CouncilMember> members() {
        return council.active();
    }

    /** The areas of a unit's criteria set, for assigning a member to one. */
    @Transactional(readOnly = true)
    public List<AreaOption> areas(long periodId, long unitId) {
        UnitSummary unit = organization.unit(unitId);
        return catalog.set(periodId, unit.blockId())
                .map(set -> catalog.tree(set.setId()).areas().stream()
                        .filter(area -> catalog.tree(set.setId()).applicable(area.id(), unitId))
                        .map(area -> new AreaOption(area.id(), area.code(), area.nameVi(), area.nameEn()))
                        .toList())
                .orElse(List.of());
    }

    /** Coverage of every active unit with a criteria set, every assignment and every member's load. */
    @Transactional(readOnly = true)
    public AssignmentBoard board(long periodId) {
        PeriodSummary period = periods.period(periodId);
        Map<Long, CriteriaTree> treeByBlock = new HashMap<>();
        for (CriteriaSetRef set : catalog.sets(periodId)) {
            treeByBlock.put(set.blockId(), catalog.tree(set.setId()));
        }
        Map<Long, CouncilMember> members = council.active().stream()
                .collect(Collectors.toMap(CouncilMember::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<Assignment> all = assignments.findByPeriodIdOrderByUnitIdAscIdAsc(periodId);
        Map<Long, List<Assignment>> byUnit = all.stream().collect(Collectors.groupingBy(Assignment::getUnitId));
        Map<Long, AssessmentRef> refs = assessments.inPeriod(periodId).stream()
                .collect(Collectors.toMap(AssessmentRef::unitId, Function.identity()));
        Map<Long, Appraisal> appraisalByAssessment = refs.isEmpty()
                ? Map.of()
                : appraisals
                        .findByAssessmentIdIn(
                                refs.values().stream().map(AssessmentRef::id).toList())
                        .stream()
                        .collect(Collectors.toMap(Appraisal::getAssessmentId, Function.identity()));
        Map<Long, UnitSummary> units = new LinkedHashMap<>();
        organization.units().forEach(unit -> units.put(unit.id(), unit));

        List<UnitCoverage> coverage = new ArrayList<>();
        List<AssignmentRow> rows = new ArrayList<>();
        Map<Long, Set<Long>> unitsByMember = new HashMap<>();
        Map<Long, Integer> itemsByMember = new HashMap<>();
        for (UnitSummary unit : units.values()) {
            CriteriaTree tree = treeByBlock.get(unit.blockId());
            if (tree == null || !unit.active()) {
                continue;
            }
            Map<Long, ScoreRule> rules = tree.scoreRules(unit.id());
            List<CriteriaNodeView> areas = tree.areas().stream()
                    .filter(area -> tree.applicable(area.id(), unit.id()))
                    .toList();
            List<Assignment> unitAssignments = byUnit.getOrDefault(unit.id(), List.of());
            Set<Long> coveredAreas = new HashSet<>();
            boolean whole = false;
            List<String> names = new ArrayList<>();
            for (Assignment assignment : unitAssignments) {
                CouncilMember member = members.get(assignment.getMemberId());
                String name = member == null ? "#" + assignment.getMemberId() : member.fullName();
                CriteriaNodeView area = assignment.wholeUnit()
                        ? null
                        : areas.stream()
                                .filter(candidate -> candidate.id() == assignment.getAreaNodeId())
                                .findFirst()
                                .orElse(null);
                int items = (int)
                        (assignment.wholeUnit()
                                ? rules.values().stream()
                                        .filter(ScoreRule::selfScored)
                                        .count()
                                : area == null
                                        ? 0
                                        : AppraisalAccess.under(area).stream()
                                                .map(rules::get)
                                                .filter(rule -> rule != null && rule.selfScored())
                                                .count());
                if (assignment.wholeUnit()) {
                    whole = true;
                } else {
                    coveredAreas.add(assignment.getAreaNodeId());
                }
                names.add(area == null ? name : name + " (" + area.code() + ")");
                rows.add(new AssignmentRow(
                        assignment.getId(),
                        unit.id(),
                        assignment.getMemberId(),
                        name,
                        assignment.getAreaNodeId(),
                        area == null ? null : area.code(),
                        items,
                        assignment.getAssignedBy(),
                        assignment.getAssignedAt()));
                unitsByMember
                        .computeIfAbsent(assignment.getMemberId(), key -> new HashSet<>())
                        .add(unit.id());
                itemsByMember.merge(assignment.getMemberId(), items, Integer::sum);
            }
            int areasCovered = (int) areas.stream()
                    .filter(area -> coveredAreas.contains(area.id()))
                    .count();
            AssessmentRef ref = refs.get(unit.id());
            Appraisal appraisal = ref == null ? null : appraisalByAssessment.get(ref.id());
            coverage.add(new UnitCoverage(
                    unit,
                    ref == null ? null : ref.id(),
                    ref != null && ref.submitted(),
                    ref == null ? null : ref.submittedAt(),
                    whole || (!areas.isEmpty() && areasCovered == areas.size()),
                    areas.size(),
                    whole ? areas.size() : areasCovered,
                    names,
                    appraisal == null ? AppraisalStatus.NOT_STARTED : appraisal.getStatus(),
                    appraisal != null && appraisal.isNotRanked(),
                    appraisal == null ? null : appraisal.getNotRankedReason()));
        }
        List<MemberLoad> loads = members.values().stream()
                .map(member -> new MemberLoad(
                        member,
                        unitsByMember.getOrDefault(member.id(), Set.of()).size(),
                        itemsByMember.getOrDefault(member.id(), 0)))
                .toList();
        return new AssignmentBoard(period, coverage, rows, loads);
    }

    /** The submitted units no member covers yet (they block the move to APPRAISAL). */
    @Transactional(readOnly = true)
    public List<UnitSummary> uncoveredSubmitted(long periodId) {
        return board(periodId).units().stream()
                .filter(UnitCoverage::submitted)
                .filter(unit -> !unit.covered())
                .map(UnitCoverage::unit)
                .toList();
    }

    /**
     * Assigns a council member to a unit, whole ({@code areaNodeId} null) or to one of its areas.
     * Refused for a member of the unit (conflict of interest), twice the same, or once appraisal of
     * the period is over.
     */
    @Transactional
    public long assign(long periodId, long unitId, long memberId, Long areaNodeId) {
        PeriodSummary period = periods.period(periodId);
        if (period.phase().isAtLeast(Phase.COUNCIL_APPROVAL)) {
            throw new BusinessRuleException("appraisal.assign.tooLate");
        }
        UnitSummary unit = organization.unit(unitId);
        CouncilMember member =
                council.active(memberId).orElseThrow(() -> new BusinessRuleException("appraisal.assign.notMember"));
        if (member.unitId() != null && member.unitId() == unitId) {
            throw new BusinessRuleException("appraisal.assign.conflict", member.fullName(), unit.shortName());
        }
        if (areaNodeId != null && areas(periodId, unitId).stream().noneMatch(area -> area.id() == areaNodeId)) {
            throw new BusinessRuleException("appraisal.assign.notArea");
        }
        boolean duplicate = assignments.findByPeriodIdAndUnitIdAndMemberId(periodId, unitId, memberId).stream()
                .anyMatch(existing -> existing.wholeUnit()
                        || areaNodeId == null
                        || existing.getAreaNodeId().equals(areaNodeId));
        if (duplicate) {
            throw new BusinessRuleException("appraisal.assign.duplicate", member.fullName());
        }
        Assignment assignment;
        try {
            assignment = assignments.saveAndFlush(new Assignment(
                    periodId,
                    unitId,
                    memberId,
                    areaNodeId,
                    currentUser.require().username(),
                    Instant.now(clock)));
        } catch (DataIntegrityViolationException raced) {
            throw new BusinessRuleException("appraisal.assign.duplicate", member.fullName());
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("unit", unit.code());
        after.put("member", member.username());
        after.put("area", areaNodeId);
        audit.record(
                AuditScope.of(unitId, periodId),
                "APPRAISAL_ASSIGNED",
                "APPRAISAL_ASSIGNMENT",
                assignment.getId(),
                null,
                after);
        return assignment.getId();
    }

    @Transactional
    public void unassign(long assignmentId) {
        Assignment assignment = assignments
                .findById(assignmentId)
                .orElseThrow(() -> new BusinessRuleException("appraisal.assign.notFound"));
        if (periods.period(assignment.getPeriodId()).phase().isAtLeast(Phase.COUNCIL_APPROVAL)) {
            throw new BusinessRuleException("appraisal.assign.tooLate");
        }
        assignments.delete(assignment);
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("unit", assignment.getUnitId());
        before.put("member", assignment.getMemberId());
        before.put("area", assignment.getAreaNodeId());
        audit.record(
                AuditScope.of(assignment.getUnitId(), assignment.getPeriodId()),
                "APPRAISAL_UNASSIGNED",
                "APPRAISAL_ASSIGNMENT",
                assignmentId,
                before,
                null);
    }

    /**
     * Marks a unit that did not submit by its deadline as not ranked, with the reason, while the
     * council appraises; it then never blocks the vote. Refused for a unit that submitted and for the
     * caller's own unit.
     */
    @Transactional
    public void markNotRanked(long periodId, long unitId, String reason) {
        CurrentUser user = currentUser.require();
        AppraisalAccess.requireNotOwnUnit(user, unitId);
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("reason.required");
        }
        if (reason.strip().length() > TextLimits.REASON) {
            throw new BusinessRuleException("field.tooLong");
        }
        Phase phase = periods.period(periodId).phase();
        if (!phase.isAtLeast(Phase.APPRAISAL) || phase.isAtLeast(Phase.COUNCIL_APPROVAL)) {
            throw new BusinessRuleException("appraisal.notRanked.phase");
        }
        AssessmentRef ref = assessments.ensure(periodId, unitId);
        if (ref.submitted()) {
            throw new BusinessRuleException("appraisal.notRanked.submitted");
        }
        Appraisal appraisal =
                appraisals.findByAssessmentId(ref.id()).orElseGet(() -> appraisals.save(new Appraisal(ref.id())));
        if (appraisal.isNotRanked()) {
            return;
        }
        appraisal.markNotRanked(reason.strip(), user.username(), Instant.now(clock));
        appraisals.flush();
        audit.record(
                AuditScope.of(unitId, periodId),
                "APPRAISAL_NOT_RANKED",
                "APPRAISAL",
                appraisal.getId(),
                Map.of("notRanked", false),
                Map.of("notRanked", true, "unit", unitId, "reason", reason.strip()));
    }
}
