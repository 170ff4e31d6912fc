package vn.parindex.assessment.internal;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The bytes of an evidence file, stored once per SHA-256 whoever uploaded them. */
@Entity
@Table(name = "evidence_content")
public class EvidenceContent {

    @Id
    @Column(columnDefinition = "char(64)")
    private String sha256;

    private long sizeBytes;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(columnDefinition = "longblob")
    private byte[] content;

    protected EvidenceContent() {}

    public String getSha256() {
        return sha256;
    }

    public byte[] getContent() {
        return content;
    }
}
