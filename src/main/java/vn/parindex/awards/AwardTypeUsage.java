package vn.parindex.awards;

/**
 * An award type with what uses it: a type used by a nomination (proposed or approved at it, in a
 * decision or not) or by an eligibility rule cannot be deleted, only deactivated.
 */
public record AwardTypeUsage(AwardType type, int nominations, int rules) {

    public boolean used() {
        return nominations > 0 || rules > 0;
    }
}
