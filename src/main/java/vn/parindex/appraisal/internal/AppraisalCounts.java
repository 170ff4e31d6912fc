package vn.parindex.appraisal.internal;

/** See {@link AppraisalRepository#counts}. */
public interface AppraisalCounts {

    long getAppraisalId();

    long getAssessmentId();

    long getItems();

    long getAppraised();

    long getChanged();

    long getQuestions();

    long getAnswers();

    long getFinals();
}
