package vn.parindex.awards;

/** A collective (a unit, or a named collective that is not an assessed unit) or an individual. */
public enum NominationKind {
    COLLECTIVE,
    INDIVIDUAL;

    public String labelKey() {
        return "awards.kind." + name();
    }
}
