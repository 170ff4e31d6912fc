package vn.parindex.criteria;

import java.util.List;

/**
 * Tells which units' assessments already hold scores on a node, so a change after self-assessment
 * opened is confirmed knowingly. The assessment module implements it; without it nothing is touched.
 */
public interface CriteriaChangeImpact {

    /** Names (or codes) of the units whose entered scores the change of this node touches. */
    List<String> assessmentsTouching(long nodeId);
}
