package vn.parindex.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.parindex.notification.NotificationFixtures.as;
import static vn.parindex.notification.NotificationFixtures.inbox;
import static vn.parindex.notification.NotificationFixtures.person;
import static vn.parindex.support.TestMailServer.awaitMailsTo;
import static vn.parindex.support.TestMailServer.mailsTo;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import vn.parindex.assessment.OwnPeriods;
import vn.parindex.audit.AuditEntry;
import vn.parindex.audit.AuditTrail;
import vn.parindex.notification.NotificationFixtures.Person;
import vn.parindex.security.Role;
import vn.parindex.security.UserAdministration;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.Locales;
import vn.parindex.support.PortalIntegrationTest;
import vn.parindex.support.SignIn;

/** Each user reads and marks only their own notifications, and chooses about e-mail themselves. */
@PortalIntegrationTest
class InboxTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Notifications notifications;

    @Autowired
    NotificationPreferences preferences;

    @Autowired
    AuditTrail auditTrail;

    long periodId;

    @BeforeEach
    void period() {
        periodId = OwnPeriods.prepare(context, 2020);
        SignIn.out();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private Notice notice(String reason) {
        return new Notice(
                NotificationKind.ASSESSMENT_RETURNED,
                periodId,
                null,
                "",
                List.of(new Localized("Kỳ thử", "Test period"), new Localized("Đơn vị", "Unit"), reason));
    }

    private void send(Notice notice, Person... people) {
        SignIn.as(context, "noivu");
        try {
            notifications.send(
                    notice, java.util.Arrays.stream(people).map(Person::id).toList());
        } finally {
            SignIn.out();
        }
    }

    @Test
    void aUserReadsAndMarksOnlyTheirOwnNotificationsByIdToo() {
        Person owner = person(context, Role.LEADER, null, false, Locales.VIETNAMESE);
        Person other = person(context, Role.LEADER, null, false, Locales.VIETNAMESE);
        send(notice("một"), owner);
        send(notice("hai"), owner, other);

        List<NotificationItem> own = inbox(context, owner);
        assertThat(own).hasSize(2);
        assertThat(own.get(0).body(Locales.VIETNAMESE)).endsWith("Lý do: hai");
        assertThat(own.get(0).body(Locales.ENGLISH)).endsWith("Reason: hai");
        long ownId = own.get(1).id();

        as(context, other.username(), () -> {
            assertThat(notifications.unreadCount()).isEqualTo(1);
            assertThatThrownBy(() -> notifications.item(ownId))
                    .isInstanceOf(BusinessRuleException.class)
                    .hasMessageStartingWith("notification.notFound");
            assertThatThrownBy(() -> notifications.markRead(ownId))
                    .isInstanceOf(BusinessRuleException.class)
                    .hasMessageStartingWith("notification.notFound");
            assertThatThrownBy(() -> notifications.markRead(Long.MAX_VALUE)).isInstanceOf(BusinessRuleException.class);
            assertThat(notifications.markAllRead()).isEqualTo(1);
        });
        as(context, owner.username(), () -> {
            assertThat(notifications.unreadCount())
                    .as("the other's marks touch nothing of the owner")
                    .isEqualTo(2);
            assertThat(notifications.item(ownId).body(Locales.VIETNAMESE)).endsWith("Lý do: một");
            notifications.markRead(ownId);
            notifications.markRead(ownId);
            assertThat(notifications.unreadCount()).isEqualTo(1);
            assertThat(notifications.latest(true, 10))
                    .extracting(NotificationItem::id)
                    .doesNotContain(ownId);
            assertThat(notifications.latest(false, 10)).hasSize(2);
            assertThat(notifications.markAllRead()).isEqualTo(1);
            assertThat(notifications.unreadCount()).isZero();
        });
    }

    @Test
    void nobodyReadsWithoutSigningIn() {
        SignIn.out();
        assertThatThrownBy(() -> notifications.unreadCount())
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> notifications.item(1)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void theBackgroundJobsIdentityHasNoInbox() {
        AtomicReference<Throwable> refusal = new AtomicReference<>();
        org.springframework.security.core.context.SecurityContextHolder.getContext()
                .setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                        "system",
                        null,
                        List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority(
                                "ROLE_SECRETARIAT"))));
        try {
            notifications.unreadCount();
        } catch (RuntimeException e) {
            refusal.set(e);
        }
        assertThat(refusal.get()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void turningEmailOffIsAuditedAndStopsTheMailsButNotTheNotifications() throws Exception {
        Person person = person(context, Role.LEADER, null, true, Locales.VIETNAMESE);
        as(context, person.username(), () -> {
            EmailSetting setting = preferences.emailSetting();
            assertThat(setting.mailConfigured()).isTrue();
            assertThat(setting.address()).isEqualTo(person.email());
            assertThat(setting.active()).isTrue();
            preferences.setEmailEnabled(false);
            preferences.setEmailEnabled(false);
            assertThat(preferences.emailSetting().active()).isFalse();
        });
        send(notice("không gửi thư"), person);
        assertThat(inbox(context, person).get(0).mailStatus()).isEqualTo(MailStatus.NONE);

        as(context, person.username(), () -> preferences.setEmailEnabled(true));
        send(notice("có thư"), person);
        assertThat(awaitMailsTo(person.email(), 1)).hasSize(1);
        Thread.sleep(300);
        assertThat(mailsTo(person.email())).hasSize(1);
        assertThat(inbox(context, person)).hasSize(2);

        SignIn.as(context, "admin");
        List<AuditEntry> changes = auditTrail.latest("USER", String.valueOf(person.id()), 20).stream()
                .filter(entry -> entry.action().equals("NOTIFICATION_EMAIL_CHANGED"))
                .toList();
        assertThat(changes).hasSize(2);
        assertThat(changes.get(1).actor()).isEqualTo(person.username());
        assertThat(changes.get(1).newValue()).isEqualTo("false");
        assertThat(changes.get(0).newValue()).isEqualTo("true");
    }

    @Test
    void disabledAccountsAreNotNotified() {
        Person person = person(context, Role.LEADER, null, true, Locales.VIETNAMESE);
        SignIn.as(context, "admin");
        context.getBean(UserAdministration.class).setEnabled(person.id(), false);
        SignIn.out();
        SignIn.as(context, "noivu");
        assertThat(notifications.send(notice("x"), List.of(person.id()))).isZero();
        SignIn.out();
        assertThat(mailsTo(person.email())).isEmpty();
    }
}
