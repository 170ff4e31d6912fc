package vn.parindex.appraisal.internal;

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
import org.hibernate.annotations.Formula;

/**
 * One score item under appraisal: the appraised score and comment, the explanation exchange and the
 * final score. Versioned on its own, so several members on one unit edit items independently.
 */
@Entity
@Table(name = "appraisal_item")
public class AppraisalItem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appraisal_item_seq")
    @SequenceGenerator(name = "appraisal_item_seq", sequenceName = "appraisal_item_seq", allocationSize = 50)
    private Long id;

    private long appraisalId;
    private long scoreItemId;

    /**
     * The criteria node of the score item, read with the row (a sub-select in the same statement), so
     * a save finds each item's rule without another round trip.
     */
    @Formula("(select si.node_id from score_item si where si.id = score_item_id)")
    private Long nodeId;

    private BigDecimal appraisedScore;
    private String appraisedComment;
    private boolean evidenceInsufficient;
    private String appraisedBy;
    private Instant appraisedAt;
    private String question;
    private String askedBy;
    private Instant askedAt;
    private String answer;
    private String answeredBy;
    private Instant answeredAt;
    private Boolean explanationAccepted;
    private BigDecimal finalScore;
    private String finalBy;
    private Instant finalAt;

    @Version
    private long version;

    protected AppraisalItem() {}

    public AppraisalItem(long appraisalId, long scoreItemId, long nodeId) {
        this.appraisalId = appraisalId;
        this.scoreItemId = scoreItemId;
        this.nodeId = nodeId;
    }

    /** Applies the appraiser's values; tells whether anything changed. */
    public boolean appraise(BigDecimal score, String comment, boolean insufficient, String username, Instant at) {
        String cleanComment = clean(comment);
        if (same(appraisedScore, score)
                && Objects.equals(appraisedComment, cleanComment)
                && evidenceInsufficient == insufficient) {
            return false;
        }
        appraisedScore = score;
        appraisedComment = cleanComment;
        evidenceInsufficient = insufficient;
        appraisedBy = username;
        appraisedAt = at;
        return true;
    }

    public boolean ask(String text, String username, Instant at) {
        String cleanQuestion = clean(text);
        if (Objects.equals(question, cleanQuestion)) {
            return false;
        }
        question = cleanQuestion;
        askedBy = cleanQuestion == null ? null : username;
        askedAt = cleanQuestion == null ? null : at;
        return true;
    }

    public void answer(String text, String username, Instant at) {
        answer = clean(text);
        answeredBy = username;
        answeredAt = at;
    }

    public boolean decide(BigDecimal score, Boolean accepted, String username, Instant at) {
        if (same(finalScore, score) && Objects.equals(explanationAccepted, accepted)) {
            return false;
        }
        finalScore = score;
        explanationAccepted = accepted;
        finalBy = username;
        finalAt = at;
        return true;
    }

    public boolean asked() {
        return question != null;
    }

    public boolean answered() {
        return answer != null;
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    public long getAppraisalId() {
        return appraisalId;
    }

    public long getScoreItemId() {
        return scoreItemId;
    }

    public Long getNodeId() {
        return nodeId;
    }

    public BigDecimal getAppraisedScore() {
        return appraisedScore;
    }

    public String getAppraisedComment() {
        return appraisedComment;
    }

    public boolean isEvidenceInsufficient() {
        return evidenceInsufficient;
    }

    public String getAppraisedBy() {
        return appraisedBy;
    }

    public Instant getAppraisedAt() {
        return appraisedAt;
    }

    public String getQuestion() {
        return question;
    }

    public String getAskedBy() {
        return askedBy;
    }

    public Instant getAskedAt() {
        return askedAt;
    }

    public String getAnswer() {
        return answer;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Boolean getExplanationAccepted() {
        return explanationAccepted;
    }

    public BigDecimal getFinalScore() {
        return finalScore;
    }

    public String getFinalBy() {
        return finalBy;
    }

    public Instant getFinalAt() {
        return finalAt;
    }

    public long getVersion() {
        return version;
    }
}
