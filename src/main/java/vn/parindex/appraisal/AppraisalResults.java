package vn.parindex.appraisal;

import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.appraisal.internal.Appraisal;
import vn.parindex.appraisal.internal.AppraisalItem;
import vn.parindex.appraisal.internal.AppraisalItemRepository;
import vn.parindex.appraisal.internal.AppraisalRepository;
import vn.parindex.assessment.AssessmentRef;
import vn.parindex.assessment.ReviewedAssessments;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.organization.UnitSummary;
import vn.parindex.security.Role;

/**
 * Appraisal outcomes for the council's vote and the ranking: per active unit of a block its state,
 * whether it is not ranked, and the final item scores by criteria node. A constant number of
 * statements whatever the number of units and items.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.SECRETARIAT, Role.Names.COUNCIL_MEMBER, Role.Names.ADMIN, Role.Names.LEADER})
public class AppraisalResults {

    private final AppraisalRepository appraisals;
    private final AppraisalItemRepository items;
    private final ReviewedAssessments assessments;
    private final OrganizationDirectory organization;

    AppraisalResults(
            AppraisalRepository appraisals,
            AppraisalItemRepository items,
            ReviewedAssessments assessments,
            OrganizationDirectory organization) {
        this.appraisals = appraisals;
        this.items = items;
        this.assessments = assessments;
        this.organization = organization;
    }

    public List<UnitResult> forBlock(long periodId, long blockId) {
        Map<Long, AssessmentRef> refs = assessments.inPeriod(periodId).stream()
                .collect(Collectors.toMap(AssessmentRef::unitId, Function.identity()));
        List<UnitSummary> units = organization.units().stream()
                .filter(unit -> unit.blockId() == blockId && unit.active())
                .toList();
        List<Long> assessmentIds = units.stream()
                .map(unit -> refs.get(unit.id()))
                .filter(ref -> ref != null)
                .map(AssessmentRef::id)
                .toList();
        Map<Long, Appraisal> byAssessment = assessmentIds.isEmpty()
                ? Map.of()
                : appraisals.findByAssessmentIdIn(assessmentIds).stream()
                        .collect(Collectors.toMap(Appraisal::getAssessmentId, Function.identity()));
        Map<Long, Map<Long, BigDecimal>> finals = new HashMap<>();
        if (!byAssessment.isEmpty()) {
            List<Long> appraisalIds =
                    byAssessment.values().stream().map(Appraisal::getId).toList();
            for (AppraisalItem item : items.findByAppraisalIdIn(appraisalIds)) {
                if (item.getFinalScore() != null) {
                    finals.computeIfAbsent(item.getAppraisalId(), key -> new HashMap<>())
                            .put(item.getNodeId(), item.getFinalScore());
                }
            }
        }
        List<UnitResult> results = new ArrayList<>();
        for (UnitSummary unit : units) {
            AssessmentRef ref = refs.get(unit.id());
            Appraisal appraisal = ref == null ? null : byAssessment.get(ref.id());
            results.add(new UnitResult(
                    unit.id(),
                    ref == null ? null : ref.id(),
                    appraisal == null ? AppraisalStatus.NOT_STARTED : appraisal.getStatus(),
                    appraisal != null && appraisal.isNotRanked(),
                    appraisal == null ? null : appraisal.getNotRankedReason(),
                    appraisal == null ? Map.of() : Map.copyOf(finals.getOrDefault(appraisal.getId(), Map.of()))));
        }
        return results;
    }
}
