package vn.parindex.period;

/** The steps of a year's assessment, in order. A period moves forward one step at a time. */
public enum Phase {
    PREPARATION,
    SELF_ASSESSMENT,
    APPRAISAL,
    EXPLANATION,
    FINAL_APPRAISAL,
    COUNCIL_APPROVAL,
    PUBLISHED,
    CLOSED;

    public boolean isAfter(Phase other) {
        return ordinal() > other.ordinal();
    }

    public boolean isAtLeast(Phase other) {
        return ordinal() >= other.ordinal();
    }

    /** Criteria of a published or closed period are history and never change. */
    public boolean criteriaFrozen() {
        return isAtLeast(PUBLISHED);
    }

    /** From self-assessment on, criteria changes need a reason and keep the old version. */
    public boolean criteriaChangesNeedReason() {
        return isAtLeast(SELF_ASSESSMENT) && !criteriaFrozen();
    }

    public Phase next() {
        return this == CLOSED ? CLOSED : values()[ordinal() + 1];
    }

    public Phase previous() {
        return this == PREPARATION ? PREPARATION : values()[ordinal() - 1];
    }

    public String labelKey() {
        return "phase." + name();
    }
}
