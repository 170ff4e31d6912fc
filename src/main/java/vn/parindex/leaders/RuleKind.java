package vn.parindex.leaders;

/**
 * What a rule does.
 *
 * <ul>
 *   <li>PROPOSE: a unit in the band (or a higher one) and, when a rank count is given, within the top N
 *       of its block may have its head at the rule's level (the first matching rule proposes).
 *   <li>DEFAULT: the level proposed when no PROPOSE rule matches (exactly one).
 *   <li>CAP_BAND: a unit in the band or a lower one (or below every band) caps its head at the level.
 *   <li>CAP_LAST_RANKS: the last N units of the block cap their heads at the level.
 *   <li>DISCIPLINE: a head disciplined in the year is at the level (not completed).
 *   <li>ABSENCE: from min to under max months of absence caps the level.
 *   <li>SHARE_CAP: at most the percentage of the block's heads at the level (excellent); the best
 *       ranked keep it, the others go one level down.
 * </ul>
 */
public enum RuleKind {
    PROPOSE,
    DEFAULT,
    CAP_BAND,
    CAP_LAST_RANKS,
    DISCIPLINE,
    ABSENCE,
    SHARE_CAP;

    public String labelKey() {
        return "leaders.rule.kind." + name();
    }

    /** Whether the rule only ever lowers a level. */
    public boolean caps() {
        return this == CAP_BAND || this == CAP_LAST_RANKS || this == DISCIPLINE || this == ABSENCE;
    }
}
