package vn.parindex.appraisal.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One import of a period's survey points; a later import deactivates it but keeps it. */
@Entity
@Table(name = "survey_import")
public class SurveyImport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long periodId;
    private String fileName;
    private boolean active;
    private String importedBy;
    private Instant importedAt;

    protected SurveyImport() {}

    public SurveyImport(long periodId, String fileName, String importedBy, Instant importedAt) {
        this.periodId = periodId;
        this.fileName = fileName;
        this.active = true;
        this.importedBy = importedBy;
        this.importedAt = importedAt;
    }

    public void deactivate() {
        active = false;
    }

    public Long getId() {
        return id;
    }

    public long getPeriodId() {
        return periodId;
    }

    public String getFileName() {
        return fileName;
    }

    public boolean isActive() {
        return active;
    }

    public String getImportedBy() {
        return importedBy;
    }

    public Instant getImportedAt() {
        return importedAt;
    }
}
