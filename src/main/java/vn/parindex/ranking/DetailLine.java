package vn.parindex.ranking;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import vn.parindex.criteria.MappingKind;
import vn.parindex.criteria.NodeLevel;
import vn.parindex.shared.Locales;

/**
 * One line of a unit's breakdown: an area, a criterion or a component (or an adjustment line), with
 * the unit's own score against the council's final score, and last year's points through the
 * criteria mapping.
 *
 * @param maximum the maximum that applies to the unit (zero when not applicable)
 * @param selfScore the unit's own scores of what applies (survey items are never self-scored: null)
 * @param appraisedScore a component's first-round appraised score (null for groups and when none)
 * @param finalScore the points that count: final score, else appraised, else self; survey points for
 *     survey items; sums for areas and criteria
 * @param explanation a component's explanation round, NONE when it was not asked about
 * @param mapping how the node relates to last year's set
 * @param sourceCodes last year's codes the node continues (several for MERGED; the shared one for SPLIT)
 * @param lastYear last year's points of those sources for the unit; null when there is nothing to
 *     compare with (new node, no last year)
 */
public record DetailLine(
        long nodeId,
        NodeLevel level,
        String code,
        String nameVi,
        String nameEn,
        boolean applicable,
        boolean survey,
        BigDecimal maximum,
        BigDecimal selfScore,
        BigDecimal appraisedScore,
        BigDecimal finalScore,
        Explanation explanation,
        MappingKind mapping,
        List<String> sourceCodes,
        BigDecimal lastYear,
        List<DetailLine> children) {

    /** Where a component's explanation round stands. */
    public enum Explanation {
        NONE,
        ASKED,
        ANSWERED,
        ACCEPTED,
        REJECTED;

        public String labelKey() {
            return "unitDetail.explanation." + name();
        }
    }

    public DetailLine {
        sourceCodes = List.copyOf(sourceCodes);
        children = List.copyOf(children);
    }

    public String name(Locale locale) {
        return Locales.pick(locale, nameVi, nameEn);
    }

    /** This year's points less last year's; null when there is nothing to compare with. */
    public BigDecimal yearChange() {
        return lastYear == null || finalScore == null ? null : finalScore.subtract(lastYear);
    }

    /** Final less self score (what the appraisal changed); null when either is missing. */
    public BigDecimal appraisalChange() {
        return selfScore == null || finalScore == null || survey ? null : finalScore.subtract(selfScore);
    }
}
