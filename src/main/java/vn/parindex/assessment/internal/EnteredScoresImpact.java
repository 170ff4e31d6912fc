package vn.parindex.assessment.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.parindex.criteria.CriteriaChangeImpact;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.organization.UnitSummary;

/** Tells the criteria editor which units have already entered a score or note on a node. */
@Component
class EnteredScoresImpact implements CriteriaChangeImpact {

    private final ScoreItemRepository items;
    private final OrganizationDirectory organization;

    EnteredScoresImpact(ScoreItemRepository items, OrganizationDirectory organization) {
        this.items = items;
        this.organization = organization;
    }

    @Override
    public List<String> assessmentsTouching(long nodeId) {
        Set<Long> unitIds =
                items.unitsWithEntriesOn(nodeId).stream().map(Number::longValue).collect(Collectors.toSet());
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
