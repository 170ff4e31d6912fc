package vn.parindex.awards;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import vn.parindex.shared.Locales;

/**
 * One award of an issued decision with what justifies it, frozen at issue: the unit's published
 * result (points, index, rank, change, band; empty for a collective or person without an assessed
 * unit), the eligibility findings, the justification, the achievements and the approvals; for a
 * person who heads the unit, the head's level in the period's approved leader classification
 * ({@code leaderLevel}, a {@code vn.parindex.leaders.Level} name, else null).
 */
public record AwardItem(
        long decisionId,
        int position,
        long nominationId,
        NominationKind kind,
        String name,
        String positionTitle,
        String organisation,
        String awardTypeVi,
        String awardTypeEn,
        String unitCode,
        String blockNameVi,
        String blockNameEn,
        BigDecimal total,
        BigDecimal index,
        Integer rank,
        Integer previousRank,
        String changeDirection,
        Integer changePlaces,
        String bandNameVi,
        String bandNameEn,
        boolean eligible,
        List<RuleFinding> findings,
        String justification,
        String achievements,
        String approvals,
        int attachments,
        String leaderLevel) {

    public AwardItem {
        findings = List.copyOf(findings);
    }

    public String awardType(Locale locale) {
        return Locales.pick(locale, awardTypeVi, awardTypeEn);
    }

    public String blockName(Locale locale) {
        return Locales.pick(locale, blockNameVi, blockNameEn);
    }

    /** The translation key of the head's leader classification, or null. */
    public String leaderLevelKey() {
        return leaderLevel == null ? null : "leaders.level." + leaderLevel;
    }

    public String bandName(Locale locale) {
        return Locales.pick(locale, bandNameVi, bandNameEn);
    }
}
