package vn.parindex.leaders;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import vn.parindex.ranking.RankChange;
import vn.parindex.ranking.UnrankedUnit;
import vn.parindex.shared.Locales;

/**
 * The head of one unit in a block's classification, with the unit's result as it was read.
 *
 * @param headName null when the unit had no head in office that year (flagged; blocks submission)
 * @param reasons the rules that produced {@code proposedLevel}, in order
 * @param outsideRules the final level is outside the rules (a justification is required)
 * @param unrankedReason why the unit takes no place in its block (then no index, rank or band), null
 *     when ranked
 * @param unrankedNote the council's note when it decided not to rank the unit
 */
public record ClassificationEntry(
        long id,
        long unitId,
        String unitNameVi,
        String unitNameEn,
        String headName,
        String headTitleVi,
        String headTitleEn,
        boolean acting,
        BigDecimal index,
        Integer rank,
        RankChange change,
        String bandNameVi,
        String bandNameEn,
        boolean disciplined,
        String disciplineRef,
        int absenceMonths,
        Level proposedLevel,
        List<Proposal.Reason> reasons,
        Level finalLevel,
        String justification,
        boolean outsideRules,
        long version,
        UnrankedUnit.Reason unrankedReason,
        String unrankedNote) {

    public ClassificationEntry {
        reasons = List.copyOf(reasons);
    }

    public String unitName(Locale locale) {
        return Locales.pick(locale, unitNameVi, unitNameEn);
    }

    public String headTitle(Locale locale) {
        return Locales.pick(locale, headTitleVi, headTitleEn);
    }

    public String bandName(Locale locale) {
        return Locales.pick(locale, bandNameVi, bandNameEn);
    }

    public boolean ranked() {
        return unrankedReason == null;
    }

    public boolean headMissing() {
        return headName == null;
    }
}
