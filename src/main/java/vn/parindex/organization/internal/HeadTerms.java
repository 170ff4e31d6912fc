package vn.parindex.organization.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Keeps a unit's head terms in step with the head a form or an import names: the same person keeps
 * their running term (titles updated), someone else (or a change between acting and appointed) ends
 * it the day before and starts a new one, no head ends it.
 */
public final class HeadTerms {

    private HeadTerms() {}

    /**
     * @param open the unit's running term, or null
     * @param created new terms are added here for the caller to save (in one batch)
     */
    public static void follow(
            long unitId,
            UnitHead open,
            String name,
            String titleVi,
            String titleEn,
            boolean acting,
            LocalDate since,
            List<UnitHead> created) {
        String person = blankToNull(name);
        if (person == null) {
            if (open != null) {
                open.end(since.minusDays(1));
            }
            return;
        }
        if (open != null && open.getName().equals(person) && open.isActing() == acting) {
            if (!Objects.equals(open.getTitleVi(), blankToNull(titleVi))
                    || !Objects.equals(open.getTitleEn(), blankToNull(titleEn))) {
                open.update(person, blankToNull(titleVi), blankToNull(titleEn), acting);
            }
            return;
        }
        if (open != null) {
            open.end(since.minusDays(1));
        }
        created.add(new UnitHead(unitId, person, blankToNull(titleVi), blankToNull(titleEn), acting, since));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
