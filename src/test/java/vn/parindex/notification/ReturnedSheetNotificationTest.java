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
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.parindex.assessment.OwnPeriods;
import vn.parindex.assessment.SelfAssessments;
import vn.parindex.notification.NotificationFixtures.Person;
import vn.parindex.notification.internal.MailOutbox;
import vn.parindex.security.Role;
import vn.parindex.shared.Locales;
import vn.parindex.support.MutableClock;
import vn.parindex.support.PortalIntegrationTest;
import vn.parindex.support.SignIn;
import vn.parindex.support.TestMailServer;

/**
 * A sheet the secretariat gives back reaches the unit's focal points in the portal and by e-mail,
 * each in their language, unless they turned e-mail off or have no address; a mail server that is
 * down fails nothing and the mail goes out later. Works on a period of its own (2018).
 */
@PortalIntegrationTest
class ReturnedSheetNotificationTest {

    static final int YEAR = 2018;

    @Autowired
    ApplicationContext context;

    @Autowired
    SelfAssessments assessments;

    @Autowired
    NotificationPreferences preferences;

    @Autowired
    MailOutbox outbox;

    @Autowired
    MutableClock clock;

    static long periodId;

    @BeforeAll
    static void openPeriod(@Autowired ApplicationContext context) {
        periodId = OwnPeriods.open(context, YEAR);
        SignIn.out();
    }

    @AfterAll
    static void closePeriod(@Autowired ApplicationContext context) {
        OwnPeriods.close(context, periodId);
    }

    @AfterEach
    void restore() {
        clock.reset();
        if (!TestMailServer.server().isRunning()) {
            TestMailServer.restart();
        }
        SignIn.out();
    }

    @Test
    void theUnitsFocalPointsAreToldInTheirLanguageUnlessTheyTurnedEmailOff() throws Exception {
        long unit = NotificationFixtures.unitId(context, "SKHCN");
        Person vietnamese = person(context, Role.FOCAL_POINT, unit, true, Locales.VIETNAMESE);
        Person english = person(context, Role.FOCAL_POINT, unit, true, Locales.ENGLISH);
        Person quiet = person(context, Role.FOCAL_POINT, unit, true, Locales.VIETNAMESE);
        Person withoutAddress = person(context, Role.FOCAL_POINT, unit, false, Locales.VIETNAMESE);
        Person otherUnit = person(
                context, Role.FOCAL_POINT, NotificationFixtures.unitId(context, "SXD"), true, Locales.VIETNAMESE);
        NotificationFixtures.as(context, quiet.username(), () -> preferences.setEmailEnabled(false));

        long assessmentId = NotificationFixtures.submit(context, vietnamese, periodId, unit);
        returnSheet(assessmentId, "Bổ sung tài liệu kiểm chứng mục 1.1.3");

        MimeMessage vi = awaitMailsTo(vietnamese.email(), 1).get(0);
        assertThat(subject(vi))
                .isEqualTo("[Chỉ số CCHC] Bản tự đánh giá được trả lại: Sở Khoa học và Công nghệ – Kỳ thử 2018");
        assertThat(body(vi))
                .startsWith("Kính gửi Anh/Chị,")
                .contains("Sở Nội vụ đã trả lại bản tự đánh giá Kỳ thử 2018 của Sở Khoa học và Công nghệ")
                .contains("Lý do: Bổ sung tài liệu kiểm chứng mục 1.1.3")
                .contains("http://localhost:8080/self-assessment?period=" + periodId)
                .contains("tắt nhận thông báo qua e-mail");
        MimeMessage en = awaitMailsTo(english.email(), 1).get(0);
        assertThat(subject(en))
                .isEqualTo(
                        "[PAR Index] Self-assessment returned: Department of Science and Technology, Test period 2018");
        assertThat(body(en))
                .startsWith("Hello,")
                .contains("returned the Test period 2018 self-assessment of Department of Science and Technology")
                .contains("Reason: Bổ sung tài liệu kiểm chứng mục 1.1.3")
                .contains("http://localhost:8080/self-assessment?period=" + periodId);
        assertThat(vi.getFrom()[0].toString()).contains("no-reply@localhost");

        // Everyone of the unit has it in the portal; mails only where an address is on and given.
        for (Person person : List.of(vietnamese, english, quiet, withoutAddress)) {
            List<NotificationItem> returned = inbox(context, person, NotificationKind.ASSESSMENT_RETURNED);
            assertThat(returned).as(person.username()).hasSize(1);
            assertThat(returned.get(0).unread()).isTrue();
            assertThat(returned.get(0).link()).isEqualTo("self-assessment?period=" + periodId);
        }
        assertThat(inbox(context, english).get(0).subject(Locales.ENGLISH)).startsWith("Self-assessment returned");
        assertThat(inbox(context, quiet).get(0).mailStatus()).isEqualTo(MailStatus.NONE);
        assertThat(inbox(context, withoutAddress).get(0).mailStatus()).isEqualTo(MailStatus.NONE);
        assertThat(awaitStatus(vietnamese, MailStatus.SENT)).isEqualTo(MailStatus.SENT);
        assertThat(mailsTo(quiet.email())).isEmpty();
        assertThat(inbox(context, otherUnit)).isEmpty();
        assertThat(mailsTo(otherUnit.email())).isEmpty();
    }

    @Test
    void aMailServerThatIsDownFailsNothingAndTheMailGoesOutLater() {
        long unit = NotificationFixtures.unitId(context, "STNMT");
        Person focalPoint = person(context, Role.FOCAL_POINT, unit, true, Locales.VIETNAMESE);
        long assessmentId = NotificationFixtures.submit(context, focalPoint, periodId, unit);

        TestMailServer.stop();
        returnSheet(assessmentId, "Thiếu chữ ký");

        // The return stands; the notification is in the portal and its mail failed, kept for a retry.
        SignIn.as(context, "noivu");
        assertThat(assessments.sheet(periodId, unit).returnedReason()).isEqualTo("Thiếu chữ ký");
        SignIn.out();
        assertThat(awaitStatus(focalPoint, MailStatus.FAILED)).isEqualTo(MailStatus.FAILED);
        outbox.retryDue();
        assertThat(inbox(context, focalPoint).get(0).mailStatus())
                .as("not due before the wait")
                .isEqualTo(MailStatus.FAILED);

        TestMailServer.restart();
        clock.advance(Duration.ofMinutes(6));
        assertThat(outbox.retryDue()).isGreaterThanOrEqualTo(1);
        assertThat(inbox(context, focalPoint).get(0).mailStatus()).isEqualTo(MailStatus.SENT);
        List<MimeMessage> mails = awaitMailsTo(focalPoint.email(), 1);
        assertThat(mails).hasSize(1);
        assertThat(body(mails.get(0))).contains("Lý do: Thiếu chữ ký");
        clock.advance(Duration.ofMinutes(6));
        outbox.retryDue();
        assertThat(mailsTo(focalPoint.email())).as("sent once").hasSize(1);
    }

    private void returnSheet(long assessmentId, String reason) {
        SignIn.as(context, "noivu");
        try {
            long version = assessments.overview(periodId).stream()
                    .filter(row -> row.assessmentId() != null && row.assessmentId() == assessmentId)
                    .findFirst()
                    .orElseThrow()
                    .version();
            assessments.returnToUnit(assessmentId, version, reason);
        } finally {
            SignIn.out();
        }
    }

    /** Waits up to 10 s for the person's latest notification's mail to reach the status. */
    private MailStatus awaitStatus(Person person, MailStatus expected) {
        Supplier<MailStatus> status = () -> inbox(context, person).get(0).mailStatus();
        long until = System.currentTimeMillis() + 10_000;
        MailStatus now = status.get();
        while (now != expected && System.currentTimeMillis() < until) {
            sleep();
            now = status.get();
        }
        return now;
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
