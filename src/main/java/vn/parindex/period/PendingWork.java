package vn.parindex.period;

import java.util.List;

/**
 * What units still have to do before their deadline in a period, per unit and phase. Each feature
 * that gives units work with a deadline implements it (the assessment module: self-assessments not
 * submitted; the appraisal module: explanation requests not answered); the deadline reminders read
 * every implementation. It lives here, beside phases and deadlines, so the features implementing it
 * and the notification module that reads it never depend on each other both ways.
 */
public interface PendingWork {

    /**
     * Units with work outstanding in the period, for the phase the period is in now (an empty list in
     * other phases). Called by background jobs that run province-wide.
     */
    List<OutstandingWork> outstanding(long periodId);
}
