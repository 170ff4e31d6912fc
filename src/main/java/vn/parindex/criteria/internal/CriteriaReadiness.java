package vn.parindex.criteria.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.parindex.criteria.CriteriaCatalog;
import vn.parindex.criteria.CriteriaSetRef;
import vn.parindex.criteria.CriteriaTree;
import vn.parindex.organization.BlockSummary;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.period.Phase;
import vn.parindex.period.PhaseChangeCheck;
import vn.parindex.shared.BusinessRuleException;

/** Self-assessment cannot open until every block has a valid criteria set. */
@Component
class CriteriaReadiness implements PhaseChangeCheck {

    private final CriteriaCatalog catalog;
    private final OrganizationDirectory organization;

    CriteriaReadiness(CriteriaCatalog catalog, OrganizationDirectory organization) {
        this.catalog = catalog;
        this.organization = organization;
    }

    @Override
    public List<BusinessRuleException> problemsBefore(long periodId, Phase target) {
        if (target != Phase.SELF_ASSESSMENT) {
            return List.of();
        }
        List<BusinessRuleException> problems = new ArrayList<>();
        List<CriteriaSetRef> sets = catalog.sets(periodId);
        for (BlockSummary block : organization.blocks()) {
            CriteriaSetRef set = sets.stream()
                    .filter(s -> s.blockId() == block.id())
                    .findFirst()
                    .orElse(null);
            if (set == null) {
                problems.add(new BusinessRuleException("criteria.missingSet", block.nameVi()));
                continue;
            }
            CriteriaTree tree = catalog.tree(set.setId());
            if (!tree.valid()) {
                problems.add(new BusinessRuleException(
                        "criteria.invalidSet", block.nameVi(), tree.problems().size()));
            }
        }
        return problems;
    }
}
