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

/**
 * One component of one assessment: the unit's own score and its note on how it scored. The item
 * belongs to the assessment's criteria set (the schema enforces it), and is marked for re-check when
 * the secretariat changes the component's rule or applicability after the unit entered something.
 */
@Entity
@Table(name = "score_item")
public class ScoreItem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "score_item_seq")
    @SequenceGenerator(name = "score_item_seq", sequenceName = "score_item_seq", allocationSize = 50)
    private Long id;

    private long assessmentId;
    private long nodeId;
    private long setId;
    private BigDecimal selfScore;
    private String note;
    private boolean needsRecheck;
    private String updatedBy;
    private Instant updatedAt;

    @Version
    private long version;

    protected ScoreItem() {}

    public ScoreItem(long assessmentId, long setId, long nodeId) {
        this.assessmentId = assessmentId;
        this.setId = setId;
        this.nodeId = nodeId;
    }

    /**
     * Applies a new score and note; tells whether anything changed. A change is the unit's answer
     * to a re-check mark (the value was checked against the current rule), so it clears the mark.
     */
    public boolean change(BigDecimal score, String newNote, String username, Instant at) {
        String cleanNote = newNote == null || newNote.isBlank() ? null : newNote.strip();
        boolean sameScore = selfScore == null ? score == null : score != null && selfScore.compareTo(score) == 0;
        if (sameScore && Objects.equals(note, cleanNote)) {
            return false;
        }
        selfScore = score;
        note = cleanNote;
        needsRecheck = false;
        updatedBy = username;
        updatedAt = at;
        return true;
    }

    /** The unit confirms the stored value under the changed rule. */
    public void reconfirm(String username, Instant at) {
        needsRecheck = false;
        updatedBy = username;
        updatedAt = at;
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

    public long getSetId() {
        return setId;
    }

    public boolean needsRecheck() {
        return needsRecheck;
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
