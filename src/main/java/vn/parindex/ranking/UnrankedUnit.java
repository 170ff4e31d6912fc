package vn.parindex.ranking;

import java.util.Locale;
import vn.parindex.shared.Locales;

/**
 * A unit of the block that takes no place, and why.
 *
 * @param note the council's reason when it decided not to rank the unit, otherwise null
 */
public record UnrankedUnit(
        long unitId, String unitCode, String unitNameVi, String unitNameEn, Reason reason, String note) {

    public enum Reason {
        /** The unit is set up as not ranked (organization). */
        UNIT_NOT_RANKED,
        /** The council decided not to rank it this year. */
        COUNCIL_DECISION,
        /** Its appraisal is not final. */
        NOT_APPRAISED,
        /** Nothing in the criteria set applies to it. */
        NOTHING_APPLICABLE;

        public String labelKey() {
            return "ranking.unranked." + name();
        }
    }

    public String unitName(Locale locale) {
        return Locales.pick(locale, unitNameVi, unitNameEn);
    }
}
