package vn.parindex.leaders;

/** Decree 90/2020 levels, best first: the lower the ordinal, the better the level. */
public enum Level {
    EXCELLENT,
    WELL,
    COMPLETED,
    NOT_COMPLETED;

    public boolean isAbove(Level other) {
        return ordinal() < other.ordinal();
    }

    /** The lower (worse) of two levels. */
    public static Level lower(Level a, Level b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    public String labelKey() {
        return "leaders.level." + name();
    }
}
