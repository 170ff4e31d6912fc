package vn.parindex.assessment;

import java.time.LocalDate;
import vn.parindex.period.PeriodSummary;

/** What a focal point still has to do in the open self-assessment, for the home page. */
public record DueAssessment(
        PeriodSummary period, LocalDate deadline, long daysLeft, AssessmentStatus status, Progress progress) {}
