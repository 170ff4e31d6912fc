package vn.parindex.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.parindex.notification.NotificationFixtures.inbox;
import static vn.parindex.notification.NotificationFixtures.person;
import static vn.parindex.support.TestMailServer.awaitMailsTo;
import static vn.parindex.support.TestMailServer.body;
import static vn.parindex.support.TestMailServer.mailsTo;
import static vn.parindex.support.TestMailServer.subject;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.parindex.assessment.OwnPeriods;
import vn.parindex.audit.AuditEntry;
import vn.parindex.audit.AuditTrail;
import vn.parindex.notification.NotificationFixtures.Person;
import vn.parindex.notification.internal.DeadlineReminders;
import vn.parindex.period.PeriodAdministration;
import vn.parindex.period.PeriodDirectory;
import vn.parindex.period.Phase;
import vn.parindex.security.Role;
import vn.parindex.shared.Locales;
import vn.parindex.shared.ui.Formats;
import vn.parindex.support.MutableClock;
import vn.parindex.support.PortalIntegrationTest;
import vn.parindex.support.SignIn;

/**
 * The deadline reminder job on a self-assessment period of its own (2019, due in three days): units
 * that have not submitted are reminded on the reminder days before their own deadline (extensions
 * included), each reminder once, even when the job runs twice or two jobs run at the same moment.
 */
@PortalIntegrationTest
class DeadlineRemindersTest {

    static final int YEAR = 2019;

    @Autowired
    ApplicationContext context;

    @Autowired
    DeadlineReminders reminders;

    @Autowired
    PeriodAdministration periodAdministration;

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    MutableClock clock;

    static long periodId;
    static LocalDate today;

    @BeforeAll
    static void openPeriodDueInThreeDays(@Autowired ApplicationContext context, @Autowired MutableClock clock) {
        periodId = OwnPeriods.open(context, YEAR);
        today = LocalDate.now(clock);
        Map<Phase, LocalDate> deadlines = new EnumMap<>(Phase.class);
        deadlines.put(Phase.SELF_ASSESSMENT, today.plusDays(3));
        context.getBean(PeriodAdministration.class)
                .setDeadlines(
                        periodId,
                        context.getBean(PeriodDirectory.class).period(periodId).version(),
                        deadlines);
        SignIn.out();
    }

    @AfterAll
    static void closePeriod(@Autowired ApplicationContext context) {
        OwnPeriods.close(context, periodId);
    }

    @AfterEach
    void restore() {
        clock.reset();
        SignIn.out();
    }

    @Test
    void unitsWithWorkLeftAreRemindedOncePerReminderDayBeforeTheirOwnDeadline() throws Exception {
        long industry = NotificationFixtures.unitId(context, "SCT");
        long construction = NotificationFixtures.unitId(context, "SXD");
        long labour = NotificationFixtures.unitId(context, "SLDTBXH");
        long culture = NotificationFixtures.unitId(context, "SVHTTDL");
        Person vietnamese = person(context, Role.FOCAL_POINT, industry, true, Locales.VIETNAMESE);
        Person english = person(context, Role.FOCAL_POINT, industry, true, Locales.ENGLISH);
        Person submitted = person(context, Role.FOCAL_POINT, construction, true, Locales.VIETNAMESE);
        Person extendedFar = person(context, Role.FOCAL_POINT, labour, true, Locales.VIETNAMESE);
        Person extendedToAWeek = person(context, Role.FOCAL_POINT, culture, true, Locales.VIETNAMESE);
        Person secretariat = person(context, Role.SECRETARIAT, null, true, Locales.VIETNAMESE);
        NotificationFixtures.submit(context, submitted, periodId, construction);
        SignIn.as(context, "noivu");
        periodAdministration.extendDeadline(periodId, labour, Phase.SELF_ASSESSMENT, today.plusDays(20), "Sáp nhập");
        periodAdministration.extendDeadline(periodId, culture, Phase.SELF_ASSESSMENT, today.plusDays(7), "Sự cố");
        SignIn.out();

        DeadlineReminders.Run first = reminders.run();

        assertThat(first.reminders()).isGreaterThanOrEqualTo(3);
        String due = Formats.date(today.plusDays(3), Locales.VIETNAMESE);
        MimeMessage vi = awaitMailsTo(vietnamese.email(), 1).get(0);
        assertThat(subject(vi)).isEqualTo("[Chỉ số CCHC] Nhắc hạn tự đánh giá: Sở Công Thương – hạn " + due);
        assertThat(body(vi))
                .contains("Bản tự đánh giá Kỳ thử 2019 của Sở Công Thương chưa được gửi. Hạn gửi: " + due
                        + " (còn 3 ngày)")
                .contains("http://localhost:8080/self-assessment?period=" + periodId);
        MimeMessage en = awaitMailsTo(english.email(), 1).get(0);
        assertThat(subject(en))
                .isEqualTo("[PAR Index] Self-assessment due " + Formats.date(today.plusDays(3), Locales.ENGLISH)
                        + ": Department of Industry and Trade");
        assertThat(body(en)).contains("(3 days left)");
        assertThat(body(awaitMailsTo(extendedToAWeek.email(), 1).get(0))).contains("(còn 7 ngày)");
        assertThat(inbox(context, submitted)).isEmpty();
        assertThat(inbox(context, extendedFar)).isEmpty();
        assertThat(inbox(context, secretariat)).isEmpty();

        DeadlineReminders.Run second = reminders.run();
        assertThat(second.reminders()).as("nothing new on the same day").isZero();
        for (Person person : List.of(vietnamese, english, extendedToAWeek)) {
            assertThat(inbox(context, person, NotificationKind.SELF_ASSESSMENT_DUE))
                    .as(person.username())
                    .hasSize(1);
        }

        // Two days later the 1-day reminder is due (once), the unit with a week got its 7-day one.
        clock.advance(Duration.ofDays(2));
        reminders.run();
        reminders.run();
        assertThat(inbox(context, vietnamese, NotificationKind.SELF_ASSESSMENT_DUE))
                .hasSize(2);
        assertThat(inbox(context, extendedToAWeek, NotificationKind.SELF_ASSESSMENT_DUE))
                .hasSize(1);
        assertThat(body(awaitMailsTo(vietnamese.email(), 2).get(1))).contains("(còn 1 ngày)");

        // Past the deadline nobody is reminded any more.
        clock.advance(Duration.ofDays(2));
        reminders.run();
        assertThat(inbox(context, vietnamese, NotificationKind.SELF_ASSESSMENT_DUE))
                .hasSize(2);
        Thread.sleep(300);
        assertThat(mailsTo(vietnamese.email())).hasSize(2);
        assertThat(mailsTo(english.email())).hasSize(2);
        assertThat(mailsTo(submitted.email())).isEmpty();
    }

    @Test
    void twoJobsRunningAtOnceRemindEachFocalPointOnce() throws Exception {
        long planning = NotificationFixtures.unitId(context, "SKHDT");
        Person first = person(context, Role.FOCAL_POINT, planning, true, Locales.VIETNAMESE);
        Person second = person(context, Role.FOCAL_POINT, planning, true, Locales.ENGLISH);
        SignIn.as(context, "noivu");
        periodAdministration.extendDeadline(periodId, planning, Phase.SELF_ASSESSMENT, today.plusDays(6), "Bão");
        SignIn.out();
        int auditRowsBefore = jobAudits().size();

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<DeadlineReminders.Run>> runs = List.of(
                    pool.submit(() -> {
                        start.await();
                        return reminders.run();
                    }),
                    pool.submit(() -> {
                        start.await();
                        return reminders.run();
                    }));
            start.countDown();
            for (Future<DeadlineReminders.Run> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }

        for (Person person : List.of(first, second)) {
            assertThat(inbox(context, person, NotificationKind.SELF_ASSESSMENT_DUE))
                    .as(person.username())
                    .hasSize(1);
            assertThat(awaitMailsTo(person.email(), 1)).hasSize(1);
        }
        Thread.sleep(300);
        assertThat(mailsTo(first.email())).hasSize(1);
        assertThat(mailsTo(second.email())).hasSize(1);
        // Runs are audited as runs (at most one row each), never per mail.
        List<AuditEntry> audits = jobAudits();
        assertThat(audits.size() - auditRowsBefore).isBetween(1, 2);
        assertThat(audits.get(0).action()).isEqualTo("DEADLINE_REMINDERS_SENT");
        assertThat(audits.get(0).actor()).isEqualTo("system");
        assertThat(audits.get(0).newValue()).contains("\"reminders\"");
    }

    private List<AuditEntry> jobAudits() {
        SignIn.as(context, "admin");
        try {
            return auditTrail.latest("NOTIFICATION_JOB", "deadline-reminders", 100);
        } finally {
            SignIn.out();
        }
    }
}
