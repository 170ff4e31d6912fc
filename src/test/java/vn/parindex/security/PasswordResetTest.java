package vn.parindex.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.parindex.notification.NotificationFixtures.person;
import static vn.parindex.support.TestMailServer.awaitMailsTo;
import static vn.parindex.support.TestMailServer.body;
import static vn.parindex.support.TestMailServer.mailsTo;
import static vn.parindex.support.TestMailServer.subject;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.parindex.audit.AuditEntry;
import vn.parindex.audit.AuditTrail;
import vn.parindex.notification.NotificationFixtures.Person;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.Locales;
import vn.parindex.support.Accounts;
import vn.parindex.support.MutableClock;
import vn.parindex.support.PortalHttpClient;
import vn.parindex.support.PortalIntegrationTest;
import vn.parindex.support.SignIn;

/**
 * Forgotten passwords through e-mailed links (mails read back from the test SMTP server): the same
 * answer whatever is typed, single-use links that expire after 30 minutes and that a newer request
 * replaces, sessions ended, throttling, everything audited. Every request is made anonymously.
 */
@PortalIntegrationTest
class PasswordResetTest {

    private static final Pattern LINK =
            Pattern.compile("http://localhost:8080/reset-password\\?token=([A-Za-z0-9_-]{43})");
    private static final String NEW_PASSWORD = "Mật-khẩu-mới-2025";

    @Autowired
    ApplicationContext context;

    @Autowired
    PasswordResets resets;

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    MutableClock clock;

    @LocalServerPort
    int port;

    @AfterEach
    void restore() {
        clock.reset();
        RequestContextHolder.resetRequestAttributes();
        SignIn.out();
    }

    @Test
    void theAnswerIsTheSameWhateverIsTypedAndOnlyAnEnabledAccountWithAnAddressGetsALink() throws Exception {
        Person real = person(context, Role.FOCAL_POINT, unit("SGDDT"), true, Locales.VIETNAMESE);
        Person english = person(context, Role.LEADER, null, true, Locales.ENGLISH);
        Person withoutAddress = person(context, Role.LEADER, null, false, Locales.VIETNAMESE);
        Person disabled = person(context, Role.LEADER, null, true, Locales.VIETNAMESE);
        SignIn.as(context, "admin");
        context.getBean(UserAdministration.class).setEnabled(disabled.id(), false);
        SignIn.out();

        for (String typed : List.of(
                "nobody-" + UUID.randomUUID(),
                "",
                withoutAddress.username(),
                disabled.username(),
                disabled.email(),
                real.username(),
                english.email().toUpperCase())) {
            resets.request(typed);
        }

        MimeMessage vi = awaitMailsTo(real.email(), 1).get(0);
        assertThat(subject(vi)).isEqualTo("[Chỉ số CCHC] Đặt lại mật khẩu");
        assertThat(body(vi))
                .contains("Kính gửi Người nhận " + real.username())
                .contains("yêu cầu đặt lại mật khẩu cho tài khoản " + real.username())
                .contains("Liên kết chỉ dùng được một lần, trong 30 phút");
        assertThat(token(vi)).isNotBlank();
        MimeMessage en = awaitMailsTo(english.email(), 1).get(0);
        assertThat(subject(en)).isEqualTo("[PAR Index] Reset your password");
        assertThat(body(en)).contains("The link works once, for 30 minutes");
        Thread.sleep(300);
        assertThat(mailsTo(disabled.email())).isEmpty();

        assertThat(audits(withoutAddress)).extracting(AuditEntry::newValue).contains("NO_EMAIL");
        assertThat(audits(disabled)).extracting(AuditEntry::newValue).containsOnly("DISABLED");
        assertThat(audits(real))
                .extracting(AuditEntry::action)
                .contains("PASSWORD_RESET_REQUESTED")
                .doesNotContain("PASSWORD_RESET_REQUEST_IGNORED");
        assertThat(audits(real).get(0).actor()).isEqualTo("anonymous");
    }

    @Test
    void aLinkSetsANewPasswordOnceEndsTheOpenSessionsAndIsAudited() {
        Person person = person(context, Role.LEADER, null, true, Locales.VIETNAMESE);
        PortalHttpClient browser = new PortalHttpClient(port);
        assertThat(browser.signIn(person.username(), Accounts.PASSWORD)).isTrue();
        assertThat(browser.opens("/")).isTrue();

        resets.request(person.username());
        String token = token(awaitMailsTo(person.email(), 1).get(0));
        assertThat(resets.accountFor(token).orElseThrow().username()).isEqualTo(person.username());
        assertThat(resets.accountFor(token).orElseThrow().locale()).isEqualTo(Locales.VIETNAMESE);

        // The policy refuses a weak password and the link stays valid.
        assertThatThrownBy(() -> resets.reset(token, "ngắn"))
                .satisfies(refusal -> assertThat(key(refusal)).isEqualTo("password.tooShort"));
        assertThatThrownBy(() -> resets.reset(token, person.username()))
                .satisfies(refusal -> assertThat(key(refusal)).isEqualTo("password.sameAsUsername"));
        assertThat(resets.accountFor(token)).isPresent();

        resets.reset(token, NEW_PASSWORD);

        assertThat(browser.opens("/")).as("the open session ended").isFalse();
        assertThatThrownBy(() -> SignIn.as(context, person.username(), Accounts.PASSWORD))
                .isInstanceOf(BadCredentialsException.class);
        SignIn.as(context, person.username(), NEW_PASSWORD);
        SignIn.out();
        assertThat(resets.accountFor(token)).as("used").isEmpty();
        assertThatThrownBy(() -> resets.reset(token, "Another-pass-2025"))
                .satisfies(refusal -> assertThat(key(refusal)).isEqualTo("passwordReset.invalidLink"));

        List<AuditEntry> audits = audits(person);
        assertThat(audits)
                .extracting(AuditEntry::action)
                .contains("PASSWORD_RESET_BY_LINK", "PASSWORD_RESET_LINK_REFUSED");
        assertThat(audits.get(0).action()).isEqualTo("PASSWORD_RESET_LINK_REFUSED");
        assertThat(audits.get(0).newValue()).contains("USED");
        assertThat(audits.get(1).action()).isEqualTo("PASSWORD_RESET_BY_LINK");
        assertThat(audits.get(1).actor()).isEqualTo(person.username());
    }

    @Test
    void aLinkExpiresAfterThirtyMinutesAndANewerRequestReplacesIt() {
        Person person = person(context, Role.LEADER, null, true, Locales.VIETNAMESE);
        resets.request(person.username());
        String first = token(awaitMailsTo(person.email(), 1).get(0));

        clock.advance(Duration.ofMinutes(29));
        assertThat(resets.accountFor(first)).isPresent();
        resets.request(person.username());
        String second = token(awaitMailsTo(person.email(), 2).get(1));
        assertThat(second).isNotEqualTo(first);
        assertThat(resets.accountFor(first)).as("replaced by the newer link").isEmpty();
        assertThatThrownBy(() -> resets.reset(first, NEW_PASSWORD))
                .satisfies(refusal -> assertThat(key(refusal)).isEqualTo("passwordReset.invalidLink"));

        clock.advance(Duration.ofMinutes(30));
        assertThat(resets.accountFor(second)).as("expired").isEmpty();
        assertThatThrownBy(() -> resets.reset(second, NEW_PASSWORD))
                .satisfies(refusal -> assertThat(key(refusal)).isEqualTo("passwordReset.invalidLink"));
        assertThat(audits(person).stream()
                        .filter(entry -> entry.action().equals("PASSWORD_RESET_LINK_REFUSED"))
                        .map(AuditEntry::newValue))
                .anySatisfy(value -> assertThat(value).contains("REVOKED"))
                .anySatisfy(value -> assertThat(value).contains("EXPIRED"));
        SignIn.as(context, person.username(), Accounts.PASSWORD);
    }

    @Test
    void aWrongTokenSetsNothing() {
        assertThat(resets.accountFor("not-a-token")).isEmpty();
        assertThat(resets.accountFor(null)).isEmpty();
        for (String wrong : new String[] {"not-a-token", "", null}) {
            assertThatThrownBy(() -> resets.reset(wrong, NEW_PASSWORD))
                    .satisfies(refusal -> assertThat(key(refusal)).isEqualTo("passwordReset.invalidLink"));
        }
    }

    @Test
    void requestsAreThrottledPerAccountAndPerClientAddress() throws Exception {
        Person person = person(context, Role.LEADER, null, true, Locales.VIETNAMESE);
        for (int i = 0; i < 4; i++) {
            resets.request(person.username());
        }
        awaitMailsTo(person.email(), 3);
        Thread.sleep(300);
        assertThat(mailsTo(person.email())).as("three links an hour").hasSize(3);
        assertThat(audits(person)).extracting(AuditEntry::newValue).contains("THROTTLED_ACCOUNT");
        clock.advance(Duration.ofMinutes(61));
        resets.request(person.username());
        assertThat(awaitMailsTo(person.email(), 4)).hasSize(4);

        Person other = person(context, Role.LEADER, null, true, Locales.VIETNAMESE);
        String address = "198.51.100." + (1 + (int) (Math.random() * 250));
        fromAddress(address);
        for (int i = 0; i < 10; i++) {
            resets.request("nobody-" + UUID.randomUUID());
        }
        resets.request(other.username());
        Thread.sleep(500);
        assertThat(mailsTo(other.email()))
                .as("the address used up its ten requests")
                .isEmpty();
        assertThat(audits(other)).isEmpty();
        fromAddress("203.0.113.9");
        resets.request(other.username());
        assertThat(awaitMailsTo(other.email(), 1)).hasSize(1);
        assertThat(audits(other).get(0).clientAddress()).isEqualTo("203.0.113.9");
    }

    @Test
    void withoutMailThePortalOffersNoResets() {
        PasswordResets withoutMail = new PasswordResets(
                null,
                null,
                null,
                null,
                null,
                new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
                null,
                null,
                Clock.systemUTC(),
                true,
                Duration.ofMinutes(30),
                3,
                10);
        assertThat(withoutMail.available()).isFalse();
        assertThatThrownBy(() -> withoutMail.request("gtvt"))
                .satisfies(refusal -> assertThat(key(refusal)).isEqualTo("passwordReset.unavailable"));
        assertThat(resets.available()).as("the test context sends mail").isTrue();
    }

    private static void fromAddress(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    private long unit(String code) {
        return vn.parindex.notification.NotificationFixtures.unitId(context, code);
    }

    private List<AuditEntry> audits(Person person) {
        SignIn.as(context, "admin");
        try {
            return auditTrail.latest("USER", String.valueOf(person.id()), 50).stream()
                    .filter(entry -> entry.action().startsWith("PASSWORD_RESET"))
                    .toList();
        } finally {
            SignIn.out();
        }
    }

    private static String token(MimeMessage mail) {
        Matcher matcher = LINK.matcher(body(mail));
        assertThat(matcher.find()).as("a reset link in the mail").isTrue();
        return matcher.group(1);
    }

    private static String key(Throwable refusal) {
        return ((BusinessRuleException) refusal).messageKey();
    }
}
