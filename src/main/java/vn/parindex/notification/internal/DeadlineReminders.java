package vn.parindex.notification.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parindex.audit.AuditLog;
import vn.parindex.notification.Localized;
import vn.parindex.notification.Notice;
import vn.parindex.notification.NotificationKind;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.organization.UnitSummary;
import vn.parindex.period.OutstandingWork;
import vn.parindex.period.PendingWork;
import vn.parindex.period.PeriodDirectory;
import vn.parindex.period.PeriodSummary;
import vn.parindex.period.Phase;
import vn.parindex.period.UnitDeadline;
import vn.parindex.period.UnitDeadlines;
import vn.parindex.security.UserContact;
import vn.parindex.security.UserContacts;
import vn.parindex.shared.ClusterJobs;

/**
 * The deadline reminder job: for every period in a phase with a deadline for units (self-assessment,
 * explanation), the units that still have work ({@link PendingWork}) and whose own deadline
 * (extensions included) is a reminder day away have their focal points told, each once per reminder
 * day (the delivery log), whether the job runs twice, late, or on two nodes at once. Each unit is
 * written in a transaction of its own; a run that told anyone or failed somewhere leaves one audit
 * event with its counts.
 */
@Component
public class DeadlineReminders {

    private static final Logger log = LoggerFactory.getLogger(DeadlineReminders.class);

    /** What one run did. */
    public record Run(LocalDate day, int reminders, int units, int failures) {}

    /** The job's name in the cluster lock ({@link ClusterJobs}). */
    static final String JOB = "deadline-reminders";

    /**
     * Two firings of the daily job never come this close, while the timers of two nodes firing the
     * same morning do (docs/adr/0008-cluster-job-lock.md).
     */
    static final java.time.Duration MIN_GAP = java.time.Duration.ofMinutes(10);

    private final PeriodDirectory periods;
    private final OrganizationDirectory organization;
    private final List<PendingWork> pendingWork;
    private final UserContacts contacts;
    private final NotificationWriter writer;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final ReminderSchedule schedule;
    private final ClusterJobs clusterJobs;
    private final SystemAuthentication system;
    private final Clock clock;

    DeadlineReminders(
            PeriodDirectory periods,
            OrganizationDirectory organization,
            List<PendingWork> pendingWork,
            UserContacts contacts,
            NotificationWriter writer,
            AuditLog audit,
            PlatformTransactionManager transactions,
            NotificationProperties properties,
            ClusterJobs clusterJobs,
            SecurityContextHolderStrategy contexts,
            Clock clock) {
        this.periods = periods;
        this.organization = organization;
        this.pendingWork = pendingWork;
        this.contacts = contacts;
        this.writer = writer;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.schedule = new ReminderSchedule(properties.reminderDays());
        this.clusterJobs = clusterJobs;
        this.system = new SystemAuthentication(contexts);
        this.clock = clock;
    }

    /**
     * The scheduled job: runs here unless another node of the cluster runs it or just ran it (then
     * empty). The delivery log would keep reminders single anyway; the lock keeps the work, the audit
     * event and the log lines to one node.
     */
    public Optional<Run> runOncePerCluster() {
        Run[] result = new Run[1];
        clusterJobs.runOnce(JOB, MIN_GAP, () -> result[0] = run());
        return Optional.ofNullable(result[0]);
    }

    public Run run() {
        return system.call(this::remind);
    }

    private Run remind() {
        LocalDate today = LocalDate.now(clock);
        int reminders = 0;
        int units = 0;
        int failures = 0;
        Map<Long, UnitSummary> unitsById = null;
        for (PeriodSummary period : periods.periods()) {
            NotificationKind kind = reminderKind(period.phase());
            if (kind == null) {
                continue;
            }
            Map<Long, Due> due = due(period, today);
            if (due.isEmpty()) {
                continue;
            }
            if (unitsById == null) {
                unitsById =
                        organization.units().stream().collect(Collectors.toMap(UnitSummary::id, Function.identity()));
            }
            Map<Long, List<UserContact>> focalPoints =
                    contacts.focalPointsOf(due.keySet()).stream().collect(Collectors.groupingBy(UserContact::unitId));
            for (Due unit : due.values()) {
                UnitSummary summary = unitsById.get(unit.unitId());
                Notice notice = new Notice(
                        kind,
                        period.id(),
                        unit.unitId(),
                        Links.workOf(period.phase(), period.id()),
                        List.of(
                                new Localized(period.titleVi(), period.titleEn()),
                                summary == null ? "" : new Localized(summary.nameVi(), summary.nameEn()),
                                unit.deadline(),
                                unit.daysLeft()));
                try {
                    int told = writer.writeOnce(
                            notice, focalPoints.getOrDefault(unit.unitId(), List.of()), unit.reminderDay());
                    reminders += told;
                    units += told > 0 ? 1 : 0;
                } catch (RuntimeException failure) {
                    // Another node's commit won the same keys, or the database hiccupped: next run.
                    failures++;
                    log.warn(
                            "Deadline reminder for unit {} of period {} failed: {}",
                            unit.unitId(),
                            period.id(),
                            failure.toString());
                }
            }
        }
        Run run = new Run(today, reminders, units, failures);
        if (reminders > 0 || failures > 0) {
            Map<String, Object> counts = new LinkedHashMap<>();
            counts.put("day", today);
            counts.put("reminders", reminders);
            counts.put("units", units);
            counts.put("failures", failures);
            transaction.executeWithoutResult(status ->
                    audit.record("DEADLINE_REMINDERS_SENT", "NOTIFICATION_JOB", "deadline-reminders", null, counts));
        }
        log.info("Deadline reminders on {}: {} sent to {} units, {} failed", today, reminders, units, failures);
        return run;
    }

    private record Due(long unitId, LocalDate deadline, long daysLeft, int reminderDay) {}

    /** The units of the period with work left whose deadline is a reminder day away, in the order given. */
    private Map<Long, Due> due(PeriodSummary period, LocalDate today) {
        List<OutstandingWork> outstanding = pendingWork.stream()
                .flatMap(work -> work.outstanding(period.id()).stream())
                .filter(work -> work.phase() == period.phase())
                .toList();
        Map<Long, Due> due = new LinkedHashMap<>();
        if (outstanding.isEmpty()) {
            return due;
        }
        UnitDeadlines deadlines = periods.unitDeadlines(period.id(), period.phase());
        for (OutstandingWork work : outstanding) {
            UnitDeadline deadline = deadlines.forUnit(work.unitId());
            if (deadline.deadline() == null || due.containsKey(work.unitId())) {
                continue;
            }
            long daysLeft = ChronoUnit.DAYS.between(today, deadline.deadline());
            schedule.reminderFor(daysLeft)
                    .ifPresent(
                            day -> due.put(work.unitId(), new Due(work.unitId(), deadline.deadline(), daysLeft, day)));
        }
        return due;
    }

    private static NotificationKind reminderKind(Phase phase) {
        return switch (phase) {
            case SELF_ASSESSMENT -> NotificationKind.SELF_ASSESSMENT_DUE;
            case EXPLANATION -> NotificationKind.EXPLANATION_DUE;
            default -> null;
        };
    }
}
