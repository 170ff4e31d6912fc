package vn.parindex.appraisal;

import java.time.Instant;

/** An import of a period's survey points; the latest is active, earlier ones are kept for the trail. */
public record SurveyImportSummary(
        long id, String fileName, boolean active, String importedBy, Instant importedAt, int points) {}
