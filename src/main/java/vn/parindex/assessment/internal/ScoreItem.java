package vn.parindex.assessment.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** One component of one assessment: the unit's own score and its note on how it scored. */
@Entity
@Table(name = "score_item")
public class ScoreItem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "score_item_seq")
    @SequenceGenerator(name = "score_item_seq", sequenceName = "score_item_seq", allocationSize = 50)
    private Long id;

    private long assessmentId;
    private long nodeId;
    private BigDecimal selfScore;
    private String note;
    private String updatedBy;
    private Instant updatedAt;

    @Version
    private long version;

    protected ScoreItem() {}

    public ScoreItem(long assessmentId, long nodeId) {
        this.assessmentId = assessmentId;
        this.nodeId = nodeId;
    }

    /** Applies a new score and note; tells whether anything changed. */
    public boolean change(BigDecimal score, String newNote, String username, Instant at) {
        String cleanNote = newNote == null || newNote.isBlank() ? null : newNote.strip();
        boolean sameScore = selfScore == null ? score == null : score != null && selfScore.compareTo(score) == 0;
        if (sameScore && Objects.equals(note, cleanNote)) {
            return false;
        }
        selfScore = score;
        note = cleanNote;
        updatedBy = username;
        updatedAt = at;
        return true;
    }

    public boolean entered() {
        return selfScore != null || note != null;
    }

    public Long getId() {
        return id;
    }

    public long getAssessmentId() {
        return assessmentId;
    }

    public long getNodeId() {
        return nodeId;
    }

    public BigDecimal getSelfScore() {
        return selfScore;
    }

    public String getNote() {
        return note;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
