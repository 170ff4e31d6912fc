package vn.parindex.period;

/** A unit that still has to act in a phase of a period (submit its self-assessment, answer requests). */
public record OutstandingWork(long unitId, Phase phase) {}
