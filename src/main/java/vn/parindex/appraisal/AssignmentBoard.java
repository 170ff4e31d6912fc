package vn.parindex.appraisal;

import java.util.List;
import vn.parindex.period.PeriodSummary;

/** The secretariat's view of a period's assignments: per unit coverage, every assignment, per member load. */
public record AssignmentBoard(
        PeriodSummary period, List<UnitCoverage> units, List<AssignmentRow> assignments, List<MemberLoad> members) {}
