package vn.parindex.appraisal.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** Evidence from its library a unit attached to an answer. */
@Entity
@Table(name = "appraisal_answer_evidence")
@IdClass(AnswerEvidence.Key.class)
public class AnswerEvidence {

    @Id
    private long appraisalItemId;

    @Id
    private long evidenceId;

    protected AnswerEvidence() {}

    public AnswerEvidence(long appraisalItemId, long evidenceId) {
        this.appraisalItemId = appraisalItemId;
        this.evidenceId = evidenceId;
    }

    public long getAppraisalItemId() {
        return appraisalItemId;
    }

    public long getEvidenceId() {
        return evidenceId;
    }

    /** The composite key (a plain class: Hibernate fills its fields). */
    public static class Key implements Serializable {

        private long appraisalItemId;
        private long evidenceId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.appraisalItemId == appraisalItemId && key.evidenceId == evidenceId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(appraisalItemId) * 31 + Long.hashCode(evidenceId);
        }
    }
}
