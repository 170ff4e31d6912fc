package vn.parindex.criteria;

/** How a node relates to the previous year's set; year-over-year comparisons follow it. */
public enum MappingKind {
    /** Continues one node unchanged. */
    SAME,
    /** Continues one node under a new name. */
    RENAMED,
    /** Has no predecessor. */
    NEW,
    /** One of several nodes that together continue one node. */
    SPLIT,
    /** Continues several nodes merged into one. */
    MERGED;

    public String labelKey() {
        return "criteria.mapping." + name();
    }
}
