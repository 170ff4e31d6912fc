package vn.parindex.assessment.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.parindex.audit.AuditLog;
import vn.parindex.audit.AuditScope;
import vn.parindex.criteria.CriteriaChangeImpact;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.organization.UnitSummary;

/**
 * Tells the criteria editor what units entered on nodes, marks their items for re-check when a rule
 * or applicability changes, and clears the empty items of nodes about to be deleted.
 */
@Component
class EnteredScoresImpact implements CriteriaChangeImpact {

    private final ScoreItemRepository items;
    private final SelfAssessmentRepository assessments;
    private final OrganizationDirectory organization;
    private final AuditLog audit;

    EnteredScoresImpact(
            ScoreItemRepository items,
            SelfAssessmentRepository assessments,
            OrganizationDirectory organization,
            AuditLog audit) {
        this.items = items;
        this.assessments = assessments;
        this.organization = organization;
        this.audit = audit;
    }

    @Override
    public List<String> unitsWithEntries(Collection<Long> nodeIds, long unitId) {
        if (nodeIds.isEmpty()) {
            return List.of();
        }
        return names(items.unitsWithEntries(nodeIds, unitId).stream()
                .map(Number::longValue)
                .collect(Collectors.toSet()));
    }

    @Override
    public List<String> markForRecheck(Collection<Long> nodeIds, long unitId) {
        if (nodeIds.isEmpty()) {
            return List.of();
        }
        List<EnteredItems> touched = items.lockAssessmentsWithItemsOn(nodeIds, unitId).stream()
                .filter(entry -> entry.items() > 0)
                .toList();
        if (touched.isEmpty()) {
            return List.of();
        }
        items.markForRecheck(nodeIds, unitId);
        Map<Long, SelfAssessment> byId =
                assessments
                        .findAllById(
                                touched.stream().map(EnteredItems::assessmentId).toList())
                        .stream()
                        .collect(Collectors.toMap(SelfAssessment::getId, assessment -> assessment));
        Map<Long, Long> unitByAssessment =
                byId.values().stream().collect(Collectors.toMap(SelfAssessment::getId, SelfAssessment::getUnitId));
        for (EnteredItems entry : touched) {
            SelfAssessment assessment = byId.get(entry.assessmentId());
            audit.record(
                    assessment == null ? null : AuditScope.of(assessment.getUnitId(), assessment.getPeriodId()),
                    "SCORE_ITEMS_MARKED_FOR_RECHECK",
                    "SELF_ASSESSMENT",
                    entry.assessmentId(),
                    null,
                    Map.of("items", entry.items(), "nodes", List.copyOf(nodeIds)));
        }
        return names(Set.copyOf(unitByAssessment.values()));
    }

    @Override
    public long releaseNodes(Collection<Long> nodeIds) {
        if (nodeIds.isEmpty()) {
            return 0;
        }
        items.deleteEmptyOn(nodeIds);
        return items.countOn(nodeIds);
    }

    private List<String> names(Set<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return organization.units().stream()
                .filter(unit -> unitIds.contains(unit.id()))
                .map(UnitSummary::shortName)
                .sorted()
                .toList();
    }
}
