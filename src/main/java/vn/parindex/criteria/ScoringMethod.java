package vn.parindex.criteria;

/** How a component is scored. */
public enum ScoringMethod {
    /** Any value from min to max in steps. */
    RANGE,
    /** One of the listed values, each with a description. */
    CHOICES,
    /** 0 or the maximum. */
    YES_NO,
    /** Imported from the sociological survey; never self-scored. */
    SURVEY,
    /** A bonus or penalty line with a signed range. */
    ADJUSTMENT;

    public String labelKey() {
        return "criteria.method." + name();
    }
}
