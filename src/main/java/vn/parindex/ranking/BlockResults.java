package vn.parindex.ranking;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.parindex.shared.Locales;

/**
 * A block's results in a period as the ranking screens, exports and later modules (leaders, awards,
 * dashboards) read them: either the live draft computed from final item scores, survey points and
 * adjustments, or a frozen publication.
 *
 * @param areas the block's areas in criteria order; every unit row carries one {@link AreaResult} per
 *     area, in the same order
 * @param ranked ranked units, best first (ties share a rank, display order by unit order)
 * @param notRanked units of the block that take no place, with the reason
 * @param publication the publication these results come from; empty for a draft
 */
public record BlockResults(
        long periodId,
        int year,
        long blockId,
        String blockNameVi,
        String blockNameEn,
        List<AreaHeading> areas,
        List<UnitResultRow> ranked,
        List<UnrankedUnit> notRanked,
        Optional<PublicationRef> publication) {

    public BlockResults {
        areas = List.copyOf(areas);
        ranked = List.copyOf(ranked);
        notRanked = List.copyOf(notRanked);
    }

    public String blockName(Locale locale) {
        return Locales.pick(locale, blockNameVi, blockNameEn);
    }

    public boolean published() {
        return publication.isPresent();
    }
}
