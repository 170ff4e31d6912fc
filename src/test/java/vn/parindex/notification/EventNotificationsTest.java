package vn.parindex.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.parindex.notification.NotificationFixtures.inbox;
import static vn.parindex.notification.NotificationFixtures.person;
import static vn.parindex.support.TestMailServer.awaitMailsTo;
import static vn.parindex.support.TestMailServer.body;
import static vn.parindex.support.TestMailServer.mailsTo;
import static vn.parindex.support.TestMailServer.subject;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import vn.parindex.appraisal.ExplanationsAnswered;
import vn.parindex.appraisal.ExplanationsRequested;
import vn.parindex.appraisal.ResultsPublished;
import vn.parindex.assessment.OwnPeriods;
import vn.parindex.notification.NotificationFixtures.Person;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.security.Role;
import vn.parindex.shared.Locales;
import vn.parindex.shared.ui.Formats;
import vn.parindex.support.PortalIntegrationTest;
import vn.parindex.support.SignIn;

/**
 * The events other modules publish reach the right people: explanation requests the unit's focal
 * points, answers the appraisers who asked, published results every focal point of the block, once.
 * On a period of its own (2020, in preparation).
 */
@PortalIntegrationTest
class EventNotificationsTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ApplicationEventPublisher events;

    long periodId;

    @BeforeEach
    void period() {
        periodId = OwnPeriods.prepare(context, 2020);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void explanationRequestsReachTheUnitsFocalPointsWithTheirCountAndDeadline() throws Exception {
        long unit = NotificationFixtures.unitId(context, "TPCL");
        Person vietnamese = person(context, Role.FOCAL_POINT, unit, true, Locales.VIETNAMESE);
        Person english = person(context, Role.FOCAL_POINT, unit, true, Locales.ENGLISH);
        Person appraiser = person(context, Role.COUNCIL_MEMBER, null, true, Locales.VIETNAMESE);
        LocalDate deadline = LocalDate.of(2021, 3, 15);

        SignIn.as(context, "noivu");
        events.publishEvent(new ExplanationsRequested(periodId, unit, 4, deadline));
        SignIn.out();

        MimeMessage vi = awaitMailsTo(vietnamese.email(), 1).get(0);
        assertThat(subject(vi))
                .isEqualTo("[Chỉ số CCHC] Yêu cầu giải trình: Ủy ban nhân dân thành phố Chí Linh – Kỳ thử 2020");
        assertThat(body(vi))
                .contains(
                        "Hội đồng thẩm định đề nghị Ủy ban nhân dân thành phố Chí Linh giải trình 4 tiêu chí trong Kỳ thử"
                                + " 2020. Hạn trả lời: 15/03/2021.");
        MimeMessage en = awaitMailsTo(english.email(), 1).get(0);
        assertThat(subject(en))
                .isEqualTo("[PAR Index] Explanation requested: Chi Linh City People's Committee, Test period 2020");
        assertThat(body(en))
                .contains(
                        "to explain 4 items of Test period 2020. Answer by " + Formats.date(deadline, Locales.ENGLISH))
                // the questions are answered on the explanations page, not in the self-assessment sheet
                .contains("/explanations?period=");
        assertThat(inbox(context, vietnamese, NotificationKind.EXPLANATIONS_REQUESTED))
                .hasSize(1);
        assertThat(inbox(context, appraiser)).isEmpty();
    }

    @Test
    void answersReachTheAppraisersWhoAskedAndNobodyElse() throws Exception {
        long unit = NotificationFixtures.unitId(context, "HKT");
        Person focalPoint = person(context, Role.FOCAL_POINT, unit, true, Locales.VIETNAMESE);
        Person asked = person(context, Role.COUNCIL_MEMBER, null, true, Locales.ENGLISH);
        Person alsoAsked = person(context, Role.COUNCIL_MEMBER, null, false, Locales.VIETNAMESE);
        Person notAsked = person(context, Role.COUNCIL_MEMBER, null, true, Locales.VIETNAMESE);

        NotificationFixtures.as(
                context,
                focalPoint.username(),
                () -> events.publishEvent(
                        new ExplanationsAnswered(periodId, unit, Set.of(asked.id(), alsoAsked.id()))));

        MimeMessage en = awaitMailsTo(asked.email(), 1).get(0);
        assertThat(subject(en))
                .isEqualTo("[PAR Index] Kim Thanh District People's Committee has answered: Test period 2020");
        assertThat(body(en)).contains("http://localhost:8080/appraisal");
        List<NotificationItem> items = inbox(context, alsoAsked, NotificationKind.EXPLANATIONS_ANSWERED);
        assertThat(items).hasSize(1);
        assertThat(items.get(0).subject(Locales.VIETNAMESE))
                .isEqualTo("Ủy ban nhân dân huyện Kim Thành đã gửi giải trình – Kỳ thử 2020");
        assertThat(inbox(context, notAsked)).isEmpty();
        assertThat(inbox(context, focalPoint)).isEmpty();
        assertThat(mailsTo(notAsked.email())).isEmpty();
    }

    @Test
    void publishedResultsReachEveryFocalPointOfTheBlockOnce() throws Exception {
        long districtUnit = NotificationFixtures.unitId(context, "HTM");
        long departmentUnit = NotificationFixtures.unitId(context, "SKHDT");
        Person district = person(context, Role.FOCAL_POINT, districtUnit, true, Locales.VIETNAMESE);
        Person department = person(context, Role.FOCAL_POINT, departmentUnit, true, Locales.VIETNAMESE);
        Person leader = person(context, Role.LEADER, null, true, Locales.VIETNAMESE);
        SignIn.as(context, "noivu");
        long districtBlock =
                context.getBean(OrganizationDirectory.class).unit(districtUnit).blockId();

        events.publishEvent(new ResultsPublished(periodId, districtBlock));
        events.publishEvent(new ResultsPublished(periodId, districtBlock));
        SignIn.out();

        List<NotificationItem> items = inbox(context, district, NotificationKind.RESULTS_PUBLISHED);
        assertThat(items).as("told once however often it arrives").hasSize(1);
        assertThat(items.get(0).subject(Locales.VIETNAMESE))
                .isEqualTo("Đã công bố kết quả Kỳ thử 2020 – Khối UBND cấp huyện");
        assertThat(body(awaitMailsTo(district.email(), 1).get(0)))
                .contains("Kết quả Chỉ số cải cách hành chính Kỳ thử 2020 của Khối UBND cấp huyện đã được công bố.");
        assertThat(inbox(context, department)).isEmpty();
        assertThat(inbox(context, leader)).isEmpty();
        Thread.sleep(300);
        assertThat(mailsTo(district.email())).hasSize(1);
    }
}
