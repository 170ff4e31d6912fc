package vn.parindex.leaders;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import vn.parindex.shared.Locales;

/**
 * A block's classification of the heads of its units in a period.
 *
 * @param published whether the results it read were published (else the draft)
 * @param ruleSetRevision the revision of the period's rules the proposals follow
 */
public record BlockClassification(
        long id,
        long periodId,
        int year,
        long blockId,
        String blockNameVi,
        String blockNameEn,
        ClassificationStatus status,
        int ruleSetRevision,
        boolean published,
        String returnComment,
        Instant submittedAt,
        String submittedBy,
        Instant decidedAt,
        String decidedBy,
        List<ClassificationEntry> entries,
        long version) {

    public BlockClassification {
        entries = List.copyOf(entries);
    }

    public String blockName(Locale locale) {
        return Locales.pick(locale, blockNameVi, blockNameEn);
    }
}
