package vn.parindex.appraisal;

/** A unit submitted its answers to the explanation requests; the appraisers who asked are named. */
public record ExplanationsAnswered(long periodId, long unitId, java.util.Set<Long> appraiserUserIds) {}
