package vn.parindex.period;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import vn.parindex.shared.Locales;

/** A period with its phase and the deadline of each phase. */
public record PeriodSummary(
        long id,
        int year,
        String titleVi,
        String titleEn,
        Phase phase,
        Long previousPeriodId,
        Map<Phase, LocalDate> deadlines,
        long version) {

    public String title(Locale locale) {
        return Locales.pick(locale, titleVi, titleEn);
    }

    public LocalDate deadline(Phase phase) {
        return deadlines.get(phase);
    }
}
