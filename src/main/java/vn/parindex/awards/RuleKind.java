package vn.parindex.awards;

/**
 * The kinds of eligibility rule: the unit (the collective's, or the individual's) ranked within the
 * top N of its block, or reaching an index. A leader-classification rule for individuals who head a
 * unit would be a further kind here, fed by the leaders module (not built yet).
 */
public enum RuleKind {
    RANK_TOP_N,
    INDEX_AT_LEAST
}
