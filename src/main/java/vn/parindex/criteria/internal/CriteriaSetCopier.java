package vn.parindex.criteria.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.parindex.audit.AuditLog;
import vn.parindex.audit.AuditScope;
import vn.parindex.criteria.MappingKind;
import vn.parindex.criteria.NodeLevel;
import vn.parindex.period.PeriodCreated;

/**
 * A new period starts from the previous year's criteria sets: every node is copied and mapped to its
 * source (SAME), applicability included. Runs inside the transaction that creates the period.
 */
@Component
class CriteriaSetCopier {

    private final CriteriaSetRepository sets;
    private final CriteriaNodeRepository nodes;
    private final NotApplicableRepository notApplicable;
    private final AuditLog audit;

    CriteriaSetCopier(
            CriteriaSetRepository sets,
            CriteriaNodeRepository nodes,
            NotApplicableRepository notApplicable,
            AuditLog audit) {
        this.sets = sets;
        this.nodes = nodes;
        this.notApplicable = notApplicable;
        this.audit = audit;
    }

    @EventListener
    void on(PeriodCreated created) {
        if (created.previousPeriodId() != null) {
            copy(created.previousPeriodId(), created.periodId());
        }
    }

    void copy(long fromPeriodId, long toPeriodId) {
        for (CriteriaSet source : sets.findByPeriodId(fromPeriodId)) {
            CriteriaSet target = sets.save(new CriteriaSet(toPeriodId, source.getBlockId(), source.getMaxTotal()));
            List<CriteriaNode> sourceNodes = nodes.findBySetIdOrderByPositionAsc(source.getId());
            Map<Long, List<CriteriaNode>> byParent = CriteriaTrees.childrenByParent(sourceNodes);
            Map<Long, Long> copiedIds = new HashMap<>();
            List<CriteriaNode> frontier = new ArrayList<>(byParent.getOrDefault(null, List.of()));
            while (!frontier.isEmpty()) {
                List<CriteriaNode> next = new ArrayList<>();
                for (CriteriaNode original : frontier) {
                    Long parent = original.getParentId() == null ? null : copiedIds.get(original.getParentId());
                    CriteriaNode copy = new CriteriaNode(
                            target.getId(),
                            parent,
                            original.getPosition(),
                            original.toView(List.of()).toDraft());
                    copy.setCode(original.getCode());
                    copy.mapTo(MappingKind.SAME, Set.of(original.getId()));
                    nodes.save(copy);
                    copiedIds.put(original.getId(), copy.getId());
                    if (original.getLevel() != NodeLevel.ADJUSTMENT) {
                        next.addAll(byParent.getOrDefault(original.getId(), List.of()));
                    }
                }
                frontier = next;
            }
            for (NotApplicable entry : notApplicable.findBySetId(source.getId())) {
                notApplicable.save(
                        new NotApplicable(target.getId(), copiedIds.get(entry.getNodeId()), entry.getUnitId()));
            }
            audit.record(
                    AuditScope.period(toPeriodId),
                    "CRITERIA_SET_COPIED",
                    "CRITERIA_SET",
                    target.getId(),
                    source.getId(),
                    sourceNodes.size() + " nodes");
        }
    }
}
