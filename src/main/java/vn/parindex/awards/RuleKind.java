package vn.parindex.awards;

/**
 * The kinds of eligibility rule: the unit (the collective's, or the individual's) ranked within the
 * top N of its block, reaching an index, or in its block's top band. A leader-classification rule for individuals who head a
 * unit would be a further kind here, fed by the leaders module (not built yet).
 */
public enum RuleKind {
    RANK_TOP_N,
    INDEX_AT_LEAST,
    /** In the highest band of the unit's block (bands are set per period and block). */
    TOP_BAND
}
