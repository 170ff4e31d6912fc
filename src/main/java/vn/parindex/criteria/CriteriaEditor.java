package vn.parindex.criteria;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.audit.AuditLog;
import vn.parindex.audit.AuditScope;
import vn.parindex.criteria.internal.CriteriaChange;
import vn.parindex.criteria.internal.CriteriaChangeRepository;
import vn.parindex.criteria.internal.CriteriaNode;
import vn.parindex.criteria.internal.CriteriaNodeRepository;
import vn.parindex.criteria.internal.CriteriaSet;
import vn.parindex.criteria.internal.CriteriaSetRepository;
import vn.parindex.criteria.internal.CriteriaTrees;
import vn.parindex.criteria.internal.NotApplicable;
import vn.parindex.criteria.internal.NotApplicableRepository;
import vn.parindex.period.PeriodDirectory;
import vn.parindex.period.PeriodSummary;
import vn.parindex.period.Phase;
import vn.parindex.security.Role;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.ConcurrentEditException;
import vn.parindex.shared.TextLimits;

/**
 * The secretariat edits criteria sets. Editing is free in preparation; once self-assessment has
 * started a change needs a reason, keeps the old version and starts a new revision; a published or
 * closed period's criteria never change. Validation problems never block editing.
 */
@Service
@Transactional
@RolesAllowed(Role.Names.SECRETARIAT)
public class CriteriaEditor {

    private static final String ENTITY = "CRITERIA_NODE";

    private final CriteriaSetRepository sets;
    private final CriteriaNodeRepository nodes;
    private final NotApplicableRepository notApplicable;
    private final CriteriaChangeRepository changes;
    private final PeriodDirectory periods;
    private final List<CriteriaChangeImpact> impacts;
    private final AuditLog audit;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    CriteriaEditor(
            CriteriaSetRepository sets,
            CriteriaNodeRepository nodes,
            NotApplicableRepository notApplicable,
            CriteriaChangeRepository changes,
            PeriodDirectory periods,
            List<CriteriaChangeImpact> impacts,
            AuditLog audit,
            Clock clock) {
        this.sets = sets;
        this.nodes = nodes;
        this.notApplicable = notApplicable;
        this.changes = changes;
        this.periods = periods;
        this.impacts = impacts;
        this.audit = audit;
        this.clock = clock;
    }

    public long createSet(long periodId, long blockId) {
        PeriodSummary period = periods.period(periodId);
        if (period.phase().criteriaFrozen()) {
            throw new BusinessRuleException("criteria.frozen");
        }
        if (sets.findByPeriodIdAndBlockId(periodId, blockId).isPresent()) {
            throw new BusinessRuleException("criteria.setExists");
        }
        CriteriaSet set = sets.saveAndFlush(new CriteriaSet(periodId, blockId, BigDecimal.valueOf(100)));
        audit.record(
                AuditScope.period(periodId),
                "CRITERIA_SET_CREATED",
                "CRITERIA_SET",
                set.getId(),
                null,
                Map.of("periodId", periodId, "blockId", blockId));
        return set.getId();
    }

    /** Adds a node at the end of its parent (null parent: a new area or adjustment line). */
    public long addNode(long setId, Long parentId, NodeDraft draft, String reason) {
        Editing editing = open(setId, reason);
        NodeLevel expected = parentId == null ? null : load(parentId).getLevel().childLevel();
        if (parentId == null
                ? !(draft.level() == NodeLevel.AREA || draft.level() == NodeLevel.ADJUSTMENT)
                : draft.level() != expected) {
            throw new BusinessRuleException("criteria.levelMismatch");
        }
        List<CriteriaNode> all = nodes.findBySetIdOrderByPositionAsc(setId);
        int position = (int) all.stream()
                .filter(n -> java.util.Objects.equals(n.getParentId(), parentId))
                .count();
        CriteriaNode node = nodes.save(new CriteriaNode(setId, parentId, position + 2000, draft));
        all.add(node);
        renumber(all);
        editing.changed(node.getId(), null, node.snapshot(), "CRITERIA_NODE_ADDED");
        return node.getId();
    }

    /**
     * Saves a node's names, maximum and rule; refused when someone else saved it meanwhile. When the
     * scoring rule changes (method, maximum, range, step or choices), what units entered on the node
     * is marked for re-check; the units were listed to the secretariat before confirming
     * ({@link #impactOf}).
     */
    public void updateNode(long nodeId, long expectedVersion, NodeDraft draft, String reason) {
        CriteriaNode node = load(nodeId);
        ConcurrentEditException.check(node.getVersion(), expectedVersion);
        Editing editing = open(node.getSetId(), reason);
        Map<String, Object> before = node.snapshot();
        Scoring ruleBefore = node.scoring();
        node.apply(draft);
        nodes.flush();
        List<String> marked = node.getLevel().scored() && !ruleBefore.acceptsSameScoresAs(node.scoring())
                ? markForRecheck(List.of(nodeId), CriteriaChangeImpact.ALL_UNITS)
                : List.of();
        Map<String, Object> after = node.snapshot();
        if (!marked.isEmpty()) {
            after.put("recheckUnits", marked);
        }
        editing.changed(nodeId, before, after, "CRITERIA_NODE_UPDATED");
    }

    /**
     * Removes a node with everything below it, unless a unit has entered a score, a note or
     * evidence on any of them: the refusal names those units (what they entered is never removed
     * silently). Items created empty when sheets were opened go with the nodes.
     */
    public void deleteNode(long nodeId, String reason) {
        CriteriaNode node = load(nodeId);
        Editing editing = open(node.getSetId(), reason);
        List<CriteriaNode> all = nodes.findBySetIdOrderByPositionAsc(node.getSetId());
        Map<String, Object> before = node.snapshot();
        List<CriteriaNode> removed = subtree(node, all);
        release(removed.stream().map(CriteriaNode::getId).toList(), "criteria.deleteScored", node.getCode());
        try {
            for (CriteriaNode gone : removed) {
                nodes.delete(gone);
                nodes.flush();
            }
        } catch (DataIntegrityViolationException itemAddedMeanwhile) {
            // A unit opened its sheet (creating an item for the node) in between: nothing is deleted.
            throw new ConcurrentEditException();
        }
        all.removeAll(removed);
        renumber(all);
        editing.changed(nodeId, before, null, "CRITERIA_NODE_DELETED");
    }

    /** Moves a node up (delta -1) or down (+1) among its siblings; codes follow. */
    public void moveNode(long nodeId, int delta, String reason) {
        CriteriaNode node = load(nodeId);
        Editing editing = open(node.getSetId(), reason);
        List<CriteriaNode> all = nodes.findBySetIdOrderByPositionAsc(node.getSetId());
        List<CriteriaNode> siblings = all.stream()
                .filter(n -> java.util.Objects.equals(n.getParentId(), node.getParentId())
                        && (n.getLevel() == NodeLevel.ADJUSTMENT) == (node.getLevel() == NodeLevel.ADJUSTMENT))
                .sorted(java.util.Comparator.comparingInt(CriteriaNode::getPosition))
                .toList();
        int index = siblings.indexOf(node);
        int target = index + Integer.signum(delta);
        if (target < 0 || target >= siblings.size()) {
            return;
        }
        String oldCode = node.getCode();
        CriteriaNode other = siblings.get(target);
        int position = node.getPosition();
        node.setPosition(other.getPosition());
        other.setPosition(position);
        renumber(all);
        editing.changed(nodeId, Map.of("code", oldCode), Map.of("code", node.getCode()), "CRITERIA_NODE_MOVED");
    }

    /**
     * Marks a node (area, criterion or component) applicable or not to one unit. What the unit
     * entered below the node is marked for re-check: a score that no longer applies is ignored in
     * every total and the unit may clear it; one that applies again must be valid to submit.
     */
    public void setApplicable(long nodeId, long unitId, boolean applicable, String reason) {
        CriteriaNode node = load(nodeId);
        Editing editing = open(node.getSetId(), reason);
        NotApplicable.Key key = new NotApplicable.Key(nodeId, unitId);
        boolean excluded = notApplicable.existsById(key);
        if (excluded == !applicable) {
            return;
        }
        if (applicable) {
            notApplicable.deleteById(key);
        } else {
            notApplicable.save(new NotApplicable(node.getSetId(), nodeId, unitId));
        }
        notApplicable.flush();
        List<Long> below = subtree(node, nodes.findBySetIdOrderByPositionAsc(node.getSetId())).stream()
                .map(CriteriaNode::getId)
                .toList();
        List<String> marked = markForRecheck(below, unitId);
        Map<String, Object> after = new HashMap<>(Map.of("unitId", unitId, "applicable", applicable));
        if (!marked.isEmpty()) {
            after.put("recheckUnits", marked);
        }
        editing.changedFor(
                unitId,
                nodeId,
                Map.of("unitId", unitId, "applicable", !applicable),
                after,
                "CRITERIA_APPLICABILITY_CHANGED");
    }

    /**
     * Sets the node's applicability to several units at once, in one transaction: each unit whose
     * applicability changes is changed, kept and audited as by {@link #setApplicable}; a refusal
     * for any unit changes none.
     */
    public void setApplicability(long nodeId, Map<Long, Boolean> applicableByUnit, String reason) {
        new java.util.TreeMap<>(applicableByUnit)
                .forEach((unitId, applicable) -> setApplicable(nodeId, unitId, applicable, reason));
    }

    /**
     * Records which node(s) of the previous year's set this node continues. SAME and RENAMED take one
     * source, SPLIT one (shared with its sibling parts), MERGED two or more, NEW none.
     */
    public void setMapping(long nodeId, MappingKind kind, Set<Long> sourceIds) {
        CriteriaNode node = load(nodeId);
        CriteriaSet set = sets.findById(node.getSetId()).orElseThrow();
        PeriodSummary period = periods.period(set.getPeriodId());
        // The mapping only serves comparisons, so it may be corrected until the period is published.
        if (period.phase().criteriaFrozen()) {
            throw new BusinessRuleException("criteria.frozen");
        }
        Set<Long> sources = sourceIds == null ? Set.of() : Set.copyOf(sourceIds);
        int count = sources.size();
        boolean fits = switch (kind) {
            case NEW -> true;
            case SAME, RENAMED, SPLIT -> count == 1;
            case MERGED -> count >= 2;
        };
        if (!fits) {
            throw new BusinessRuleException("criteria.mapping.sources");
        }
        if (kind != MappingKind.NEW) {
            CriteriaSet previous = period.previousPeriodId() == null
                    ? null
                    : sets.findByPeriodIdAndBlockId(period.previousPeriodId(), set.getBlockId())
                            .orElse(null);
            List<CriteriaNode> found = nodes.findAllById(sources);
            boolean fromPrevious = previous != null
                    && found.size() == count
                    && found.stream().allMatch(source -> source.getSetId() == previous.getId());
            if (!fromPrevious) {
                throw new BusinessRuleException("criteria.mapping.notPrevious");
            }
        }
        Map<String, Object> before = Map.of("mapping", node.getMapping(), "sources", Set.copyOf(node.getSourceIds()));
        node.mapTo(kind, sources);
        nodes.flush();
        audit.record(
                AuditScope.period(set.getPeriodId()),
                "CRITERIA_MAPPING_CHANGED",
                ENTITY,
                nodeId,
                before,
                Map.of("mapping", kind, "sources", sources));
    }

    /**
     * Replaces the whole set with imported rows, in preparation only (later, scores refer to the
     * nodes). The rows were validated by the caller; codes place them in the tree.
     */
    public void replaceAll(long setId, List<ImportedNode> rows) {
        CriteriaSet set = sets.findById(setId).orElseThrow(() -> new BusinessRuleException("criteria.setNotFound"));
        if (periods.period(set.getPeriodId()).phase() != Phase.PREPARATION) {
            throw new BusinessRuleException("criteria.import.onlyInPreparation");
        }
        List<CriteriaNode> existing = nodes.findBySetIdOrderByPositionAsc(setId);
        // A period moved back to preparation may hold scores: those are never replaced silently.
        release(existing.stream().map(CriteriaNode::getId).toList(), "criteria.import.scored", null);
        notApplicable.deleteAllInBatch(notApplicable.findBySetId(setId));
        for (CriteriaNode root :
                existing.stream().filter(n -> n.getParentId() == null).toList()) {
            for (CriteriaNode gone : subtree(root, existing)) {
                nodes.delete(gone);
                nodes.flush();
            }
        }
        Map<String, CriteriaNode> byCode = new HashMap<>();
        List<CriteriaNode> created = new ArrayList<>();
        int position = 0;
        for (ImportedNode row : rows) {
            CriteriaNode parent = row.parentCode() == null ? null : byCode.get(row.parentCode());
            CriteriaNode node = nodes.save(
                    new CriteriaNode(setId, parent == null ? null : parent.getId(), position++, row.draft()));
            byCode.put(row.code(), node);
            created.add(node);
        }
        renumber(created);
        audit.record(
                AuditScope.period(set.getPeriodId()),
                "CRITERIA_SET_IMPORTED",
                "CRITERIA_SET",
                setId,
                existing.size() + " nodes",
                created.size() + " nodes");
    }

    /**
     * The units that entered something on this node or below it: whose scores a change would touch
     * (shown before confirming) and who keep a node from being deleted.
     */
    @Transactional(readOnly = true)
    public List<String> impactOf(long nodeId) {
        CriteriaNode node = load(nodeId);
        return unitsWithEntries(
                subtree(node, nodes.findBySetIdOrderByPositionAsc(node.getSetId())).stream()
                        .map(CriteriaNode::getId)
                        .toList(),
                CriteriaChangeImpact.ALL_UNITS);
    }

    /**
     * Of the given units, those that entered something on this node or below it: whose items a
     * change of the node's applicability to them marks for re-check (shown before confirming).
     */
    @Transactional(readOnly = true)
    public List<String> applicabilityImpact(long nodeId, Set<Long> unitIds) {
        CriteriaNode node = load(nodeId);
        List<Long> below = subtree(node, nodes.findBySetIdOrderByPositionAsc(node.getSetId())).stream()
                .map(CriteriaNode::getId)
                .toList();
        return unitIds.stream()
                .flatMap(unitId -> unitsWithEntries(below, unitId).stream())
                .distinct()
                .sorted()
                .toList();
    }

    private List<String> unitsWithEntries(List<Long> nodeIds, long unitId) {
        return impacts.stream()
                .flatMap(impact -> impact.unitsWithEntries(nodeIds, unitId).stream())
                .distinct()
                .sorted()
                .toList();
    }

    private List<String> markForRecheck(List<Long> nodeIds, long unitId) {
        return impacts.stream()
                .flatMap(impact -> impact.markForRecheck(nodeIds, unitId).stream())
                .distinct()
                .sorted()
                .toList();
    }

    /**
     * Before nodes are removed: refuses, naming the units, while anything was entered on them, and
     * removes the empty items created for them. A unit saving at the same moment is caught by the
     * second count (its item survives the clean-up).
     */
    private void release(List<Long> nodeIds, String refusalKey, String code) {
        List<String> units = unitsWithEntries(nodeIds, CriteriaChangeImpact.ALL_UNITS);
        long left = units.isEmpty()
                ? impacts.stream()
                        .mapToLong(impact -> impact.releaseNodes(nodeIds))
                        .sum()
                : 1;
        if (left > 0) {
            units = unitsWithEntries(nodeIds, CriteriaChangeImpact.ALL_UNITS);
            throw code == null
                    ? new BusinessRuleException(refusalKey, String.join(", ", units))
                    : new BusinessRuleException(refusalKey, code, String.join(", ", units));
        }
    }

    /**
     * Gives every node its code from its place. Codes are unique per set, and moves and deletions
     * swap or shift them, so every stored code that changes is first parked on a temporary value
     * (unique by the node's id) and only then set. New nodes are stored with a unique placeholder
     * and take their code at once, unless a stored node still holds it (the placeholder is inserted,
     * then updated; updates of one flush are not ordered by what they free).
     */
    private void renumber(List<CriteriaNode> all) {
        Map<CriteriaNode, String> codes = CriteriaTrees.renumber(all);
        List<CriteriaNode> parked = new ArrayList<>();
        java.util.Set<String> held = new java.util.HashSet<>();
        codes.forEach((node, code) -> {
            if (!node.isNew() && !code.equals(node.getCode())) {
                parked.add(node);
                held.add(node.getCode());
            }
        });
        codes.forEach((node, code) -> {
            if (node.isNew()) {
                if (held.contains(code)) {
                    parked.add(node);
                } else {
                    node.setCode(code);
                }
            }
        });
        if (parked.isEmpty()) {
            nodes.flush();
            return;
        }
        parked.forEach(CriteriaNode::parkCode);
        nodes.flush();
        parked.forEach(node -> node.setCode(codes.get(node)));
        nodes.flush();
    }

    private List<CriteriaNode> subtree(CriteriaNode node, List<CriteriaNode> all) {
        List<CriteriaNode> result = new ArrayList<>();
        List<CriteriaNode> frontier = List.of(node);
        while (!frontier.isEmpty()) {
            result.addAll(frontier);
            Set<Long> ids = frontier.stream().map(CriteriaNode::getId).collect(java.util.stream.Collectors.toSet());
            frontier = all.stream()
                    .filter(n -> n.getParentId() != null && ids.contains(n.getParentId()))
                    .toList();
        }
        java.util.Collections.reverse(result);
        return result;
    }

    private CriteriaNode load(long nodeId) {
        return nodes.findById(nodeId).orElseThrow(() -> new BusinessRuleException("criteria.nodeNotFound"));
    }

    private Editing open(long setId, String reason) {
        CriteriaSet set = sets.findById(setId).orElseThrow(() -> new BusinessRuleException("criteria.setNotFound"));
        Phase phase = periods.period(set.getPeriodId()).phase();
        if (phase.criteriaFrozen()) {
            throw new BusinessRuleException("criteria.frozen");
        }
        boolean tracked = phase.criteriaChangesNeedReason();
        if (tracked && (reason == null || reason.isBlank())) {
            throw new BusinessRuleException("criteria.reasonRequired");
        }
        if (reason != null && reason.length() > TextLimits.REASON) {
            throw new BusinessRuleException("field.tooLong");
        }
        return new Editing(set, tracked, reason);
    }

    /** One edit of a set: audits it, and after self-assessment opened keeps the old version. */
    private final class Editing {
        private final CriteriaSet set;
        private final boolean tracked;
        private final String reason;

        Editing(CriteriaSet set, boolean tracked, String reason) {
            this.set = set;
            this.tracked = tracked;
            this.reason = reason;
        }

        void changed(Long nodeId, Object before, Object after, String action) {
            changed(AuditScope.period(set.getPeriodId()), nodeId, before, after, action);
        }

        /** A change about one unit of the set's period (its applicability). */
        void changedFor(long unitId, Long nodeId, Object before, Object after, String action) {
            changed(AuditScope.of(unitId, set.getPeriodId()), nodeId, before, after, action);
        }

        private void changed(AuditScope scope, Long nodeId, Object before, Object after, String action) {
            if (tracked) {
                set.nextRevision();
                sets.save(set);
                changes.save(new CriteriaChange(
                        set.getId(),
                        nodeId,
                        set.getRevision(),
                        Instant.now(clock),
                        SecurityContextHolder.getContext().getAuthentication().getName(),
                        reason.trim(),
                        toJson(before),
                        toJson(after)));
            }
            Map<String, Object> newValue = new HashMap<>();
            newValue.put("value", after);
            if (tracked) {
                newValue.put("reason", reason.trim());
                newValue.put("revision", set.getRevision());
            }
            audit.record(scope, action, ENTITY, nodeId, before, newValue);
        }
    }

    private String toJson(Object value) {
        try {
            return value == null ? null : json.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return String.valueOf(value);
        }
    }
}
