package vn.parindex.assessment;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.assessment.internal.Evidence;
import vn.parindex.assessment.internal.EvidenceContentStore;
import vn.parindex.assessment.internal.EvidenceRepository;
import vn.parindex.assessment.internal.ItemLink;
import vn.parindex.assessment.internal.ScoreItem;
import vn.parindex.assessment.internal.ScoreItemRepository;
import vn.parindex.assessment.internal.SelfAssessment;
import vn.parindex.assessment.internal.SelfAssessmentRepository;
import vn.parindex.audit.AuditLog;
import vn.parindex.audit.AuditScope;
import vn.parindex.criteria.CriteriaCatalog;
import vn.parindex.criteria.CriteriaSetRef;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.security.CurrentUserService;
import vn.parindex.security.Role;
import vn.parindex.shared.BusinessRuleException;

/**
 * Self-assessments as the appraisal reads them, read only. Council members reach every unit here:
 * the appraisal module narrows that to the units a member is assigned to before it calls; a focal
 * point reaches only their own unit (to answer the council's questions).
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.SECRETARIAT, Role.Names.COUNCIL_MEMBER, Role.Names.FOCAL_POINT, Role.Names.ADMIN})
public class ReviewedAssessments {

    private final AuditLog audit;

    private static final Role[] REVIEWERS = {Role.SECRETARIAT, Role.COUNCIL_MEMBER, Role.ADMIN};

    private final SelfAssessmentRepository assessments;
    private final ScoreItemRepository items;
    private final EvidenceRepository evidence;
    private final EvidenceContentStore contents;
    private final CurrentUserService currentUser;
    private final CriteriaCatalog catalog;
    private final OrganizationDirectory organization;
    private final Clock clock;

    ReviewedAssessments(
            SelfAssessmentRepository assessments,
            ScoreItemRepository items,
            EvidenceRepository evidence,
            EvidenceContentStore contents,
            CurrentUserService currentUser,
            CriteriaCatalog catalog,
            OrganizationDirectory organization,
            Clock clock,
            AuditLog audit) {
        this.audit = audit;
        this.assessments = assessments;
        this.items = items;
        this.evidence = evidence;
        this.contents = contents;
        this.currentUser = currentUser;
        this.catalog = catalog;
        this.organization = organization;
        this.clock = clock;
    }

    /**
     * The unit's assessment, created empty when the unit never opened its sheet: the secretariat
     * records a decision on such a unit (not ranked) against it.
     */
    @Transactional
    @RolesAllowed(Role.Names.SECRETARIAT)
    public AssessmentRef ensure(long periodId, long unitId) {
        return assessments
                .findByPeriodIdAndUnitId(periodId, unitId)
                .map(ReviewedAssessments::ref)
                .orElseGet(() -> {
                    long blockId = organization.unit(unitId).blockId();
                    CriteriaSetRef set = catalog.set(periodId, blockId)
                            .orElseThrow(() -> new BusinessRuleException("assessment.noCriteria"));
                    return ref(assessments.save(new SelfAssessment(periodId, unitId, set.setId(), Instant.now(clock))));
                });
    }

    /**
     * Every self-assessment of a period, submitted or not, in one statement. LEADER too: the
     * appraisal outcomes it feeds ({@code AppraisalResults.forBlock}) are open to leaders.
     */
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.COUNCIL_MEMBER, Role.Names.ADMIN, Role.Names.LEADER})
    public List<AssessmentRef> inPeriod(long periodId) {
        return assessments.findByPeriodId(periodId).stream()
                .map(ReviewedAssessments::ref)
                .toList();
    }

    public Optional<AssessmentRef> of(long periodId, long unitId) {
        currentUser.checkUnitAccess(unitId, REVIEWERS);
        return assessments.findByPeriodIdAndUnitId(periodId, unitId).map(ReviewedAssessments::ref);
    }

    public AssessmentRef ref(long assessmentId) {
        SelfAssessment assessment =
                assessments.findById(assessmentId).orElseThrow(() -> new BusinessRuleException("assessment.notFound"));
        currentUser.checkUnitAccess(assessment.getUnitId(), REVIEWERS);
        return ref(assessment);
    }

    /** Items, links and library of one assessment in four statements, whatever their number. */
    public SubmittedContent content(long assessmentId) {
        AssessmentRef ref = ref(assessmentId);
        Map<Long, Set<Long>> links = new HashMap<>();
        for (ItemLink link : items.links(assessmentId)) {
            links.computeIfAbsent(link.nodeId(), key -> new HashSet<>()).add(link.evidenceId());
        }
        Map<Long, ItemState> states = new HashMap<>();
        Map<Long, Long> ids = new HashMap<>();
        for (ScoreItem item : items.findByAssessmentId(assessmentId)) {
            ids.put(item.getNodeId(), item.getId());
            states.put(
                    item.getNodeId(),
                    new ItemState(
                            item.getNodeId(),
                            item.getSelfScore(),
                            item.getNote(),
                            Set.copyOf(links.getOrDefault(item.getNodeId(), Set.of())),
                            item.getUpdatedBy(),
                            item.getUpdatedAt(),
                            item.getVersion(),
                            item.needsRecheck()));
        }
        Map<Long, Integer> uses = new HashMap<>();
        links.values().forEach(set -> set.forEach(id -> uses.merge(id, 1, Integer::sum)));
        List<EvidenceSummary> library =
                evidence.findByPeriodIdAndUnitIdOrderByAddedAtDescIdDesc(ref.periodId(), ref.unitId()).stream()
                        .map(entry -> entry.toSummary(uses.getOrDefault(entry.getId(), 0)))
                        .toList();
        return new SubmittedContent(ref, states, ids, library);
    }

    /**
     * An evidence file of the unit's library, for a reviewer: the appraisal module checks that the
     * member is assigned to the unit first. Close the stream when done.
     */
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.COUNCIL_MEMBER})
    public EvidenceFile file(long unitId, long evidenceId) {
        Evidence entry =
                evidence.findById(evidenceId).orElseThrow(() -> new BusinessRuleException("evidence.notFound"));
        if (entry.getUnitId() != unitId) {
            throw new AccessDeniedException("Evidence " + evidenceId + " belongs to another unit");
        }
        EvidenceSummary summary = entry.toSummary(0);
        if (!summary.file() || !contents.exists(summary.sha256())) {
            throw new BusinessRuleException("evidence.notFound");
        }
        audit.recordAccess(
                AuditScope.of(entry.getUnitId(), entry.getPeriodId()),
                "EVIDENCE_DOWNLOADED",
                "EVIDENCE",
                evidenceId,
                java.util.Map.of("unitId", unitId, "file", summary.fileName()));
        return new EvidenceFile(
                summary.fileName(), summary.contentType(), summary.sizeBytes(), contents.open(summary.sha256()));
    }

    private static AssessmentRef ref(SelfAssessment assessment) {
        return new AssessmentRef(
                assessment.getId(),
                assessment.getPeriodId(),
                assessment.getUnitId(),
                assessment.getSetId(),
                assessment.submitted(),
                assessment.getSubmittedAt(),
                assessment.getVersion());
    }
}
