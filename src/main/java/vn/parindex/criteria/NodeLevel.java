package vn.parindex.criteria;

/** AREA > CRITERION > COMPONENT form the 100-point tree; ADJUSTMENT lines (bonus, penalty) sit outside it. */
public enum NodeLevel {
    AREA,
    CRITERION,
    COMPONENT,
    ADJUSTMENT;

    /** The level of this level's children, or null when it has none. */
    public NodeLevel childLevel() {
        return switch (this) {
            case AREA -> CRITERION;
            case CRITERION -> COMPONENT;
            default -> null;
        };
    }

    public boolean scored() {
        return this == COMPONENT || this == ADJUSTMENT;
    }

    public String labelKey() {
        return "criteria.level." + name();
    }
}
