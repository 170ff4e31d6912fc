package vn.parindex.criteria;

import java.util.Collection;
import java.util.List;

/**
 * What units have entered on criteria nodes, so a change after self-assessment opened is confirmed
 * knowingly, scores are re-checked under a changed rule, and nothing entered is ever removed with a
 * node. The assessment module implements it; without an implementation nothing is touched.
 */
public interface CriteriaChangeImpact {

    /** Every unit, for {@link #unitsWithEntries} and {@link #markForRecheck}. */
    long ALL_UNITS = 0;

    /**
     * Short names of the units that entered a score, a note or evidence on any of the nodes, sorted;
     * only {@code unitId} is considered unless it is {@link #ALL_UNITS}.
     */
    List<String> unitsWithEntries(Collection<Long> nodeIds, long unitId);

    /** The units whose entered scores a change of this one node touches. */
    default List<String> assessmentsTouching(long nodeId) {
        return unitsWithEntries(List.of(nodeId), ALL_UNITS);
    }

    /**
     * The rule or applicability of the nodes changed: marks what units entered on them (only
     * {@code unitId}'s unless it is {@link #ALL_UNITS}) for re-check, in the caller's transaction,
     * and tells which units were marked.
     */
    List<String> markForRecheck(Collection<Long> nodeIds, long unitId);

    /**
     * The nodes are about to be deleted: removes what was created for them but holds nothing, and
     * tells how many items remain (a unit entered something meanwhile; the delete must be refused).
     */
    long releaseNodes(Collection<Long> nodeIds);
}
