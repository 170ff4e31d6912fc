package vn.parindex.assessment.internal;

/** A score item read together with its assessment (one statement, both locked for a save). */
public record ItemWithAssessment(ScoreItem item, SelfAssessment assessment) {}
