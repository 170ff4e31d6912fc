package vn.parindex.appraisal.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.parindex.appraisal.AppraisalStatus;

/** The council's appraisal of one self-assessment. */
@Entity
@Table(name = "appraisal")
public class Appraisal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long assessmentId;

    @Enumerated(EnumType.STRING)
    private AppraisalStatus status = AppraisalStatus.NOT_STARTED;

    private boolean notRanked;
    private String notRankedReason;
    private String notRankedBy;
    private Instant notRankedAt;
    private String answersSubmittedBy;
    private Instant answersSubmittedAt;
    private String finalizedBy;
    private Instant finalizedAt;

    @Version
    private long version;

    protected Appraisal() {}

    public Appraisal(long assessmentId) {
        this.assessmentId = assessmentId;
    }

    public void requestExplanations() {
        status = AppraisalStatus.EXPLANATION_REQUESTED;
    }

    /** Back to appraising when the period returns from the explanation round before any answer came. */
    public void withdrawRequests() {
        if (status == AppraisalStatus.EXPLANATION_REQUESTED) {
            status = AppraisalStatus.IN_PROGRESS;
        }
    }

    public void answersSubmitted(String username, Instant at) {
        status = AppraisalStatus.EXPLAINED;
        answersSubmittedBy = username;
        answersSubmittedAt = at;
    }

    public void finalized(String username, Instant at) {
        status = AppraisalStatus.FINAL;
        finalizedBy = username;
        finalizedAt = at;
    }

    public void markNotRanked(String reason, String username, Instant at) {
        notRanked = true;
        notRankedReason = reason;
        notRankedBy = username;
        notRankedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getAssessmentId() {
        return assessmentId;
    }

    public AppraisalStatus getStatus() {
        return status;
    }

    public boolean isNotRanked() {
        return notRanked;
    }

    public String getNotRankedReason() {
        return notRankedReason;
    }

    public String getNotRankedBy() {
        return notRankedBy;
    }

    public Instant getNotRankedAt() {
        return notRankedAt;
    }

    public String getAnswersSubmittedBy() {
        return answersSubmittedBy;
    }

    public Instant getAnswersSubmittedAt() {
        return answersSubmittedAt;
    }

    public String getFinalizedBy() {
        return finalizedBy;
    }

    public Instant getFinalizedAt() {
        return finalizedAt;
    }

    public long getVersion() {
        return version;
    }
}
