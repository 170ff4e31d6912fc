package vn.parindex.assessment;

import java.time.Instant;
import java.time.LocalDate;

/** One entry of a unit's evidence library as lists show it; never the file's bytes. */
public record EvidenceSummary(
        long id,
        long periodId,
        long unitId,
        EvidenceKind kind,
        String title,
        String fileName,
        String contentType,
        Long sizeBytes,
        String sha256,
        String docNumber,
        LocalDate docDate,
        String issuer,
        String link,
        String addedBy,
        Instant addedAt,
        int linkedItems,
        long version) {

    public boolean file() {
        return kind == EvidenceKind.FILE;
    }

    /** PDFs and pictures open in the browser; other files are downloaded. */
    public boolean previewable() {
        return file() && ("application/pdf".equals(contentType) || contentType.startsWith("image/"));
    }
}
