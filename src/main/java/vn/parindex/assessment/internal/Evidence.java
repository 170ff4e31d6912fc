package vn.parindex.assessment.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import vn.parindex.assessment.EvidenceKind;
import vn.parindex.assessment.EvidenceSummary;
import vn.parindex.assessment.ReferenceDraft;

/** A file or a document reference in a unit's evidence library for a period. */
@Entity
@Table(name = "evidence")
public class Evidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long periodId;
    private long unitId;

    @Enumerated(EnumType.STRING)
    @Column(columnDefinition = "varchar(20)")
    private EvidenceKind kind;

    private String title;
    private String fileName;
    private String contentType;
    private Long sizeBytes;

    @Column(columnDefinition = "char(64)")
    private String sha256;

    private String docNumber;
    private LocalDate docDate;
    private String issuer;
    private String link;
    private String addedBy;
    private Instant addedAt;

    @Version
    private long version;

    protected Evidence() {}

    public static Evidence file(
            long periodId,
            long unitId,
            String fileName,
            String contentType,
            long sizeBytes,
            String sha256,
            String addedBy,
            Instant addedAt) {
        Evidence evidence = new Evidence(periodId, unitId, EvidenceKind.FILE, fileName, addedBy, addedAt);
        evidence.fileName = fileName;
        evidence.contentType = contentType;
        evidence.sizeBytes = sizeBytes;
        evidence.sha256 = sha256;
        return evidence;
    }

    public static Evidence reference(
            long periodId, long unitId, ReferenceDraft draft, String addedBy, Instant addedAt) {
        Evidence evidence = new Evidence(
                periodId, unitId, EvidenceKind.REFERENCE, draft.title().strip(), addedBy, addedAt);
        evidence.docNumber = draft.number().strip();
        evidence.docDate = draft.date();
        evidence.issuer = draft.issuer().strip();
        evidence.link = draft.link() == null || draft.link().isBlank()
                ? null
                : draft.link().strip();
        return evidence;
    }

    private Evidence(long periodId, long unitId, EvidenceKind kind, String title, String addedBy, Instant addedAt) {
        this.periodId = periodId;
        this.unitId = unitId;
        this.kind = kind;
        this.title = title;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public EvidenceSummary toSummary(int linkedItems) {
        return new EvidenceSummary(
                id,
                periodId,
                unitId,
                kind,
                title,
                fileName,
                contentType,
                sizeBytes,
                sha256,
                docNumber,
                docDate,
                issuer,
                link,
                addedBy,
                addedAt,
                linkedItems,
                version);
    }

    public Long getId() {
        return id;
    }

    public long getPeriodId() {
        return periodId;
    }

    public long getUnitId() {
        return unitId;
    }

    public EvidenceKind getKind() {
        return kind;
    }

    public Instant getAddedAt() {
        return addedAt;
    }

    public String getSha256() {
        return sha256;
    }

    public long getVersion() {
        return version;
    }
}
