package vn.parindex.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * One GreenMail SMTP server per test JVM, on a free port, started before the shared Spring context
 * (an {@link EnvironmentPostProcessor} registered in the tests' {@code META-INF/spring.factories})
 * when the test profile asks for it ({@code parindex.test.mail-server=true}), which then sends its
 * mails there. A free port means no clash with another build running on the machine. Tests read
 * what arrived, filtered by their own recipients, and may stop and start it to play a mail server
 * that is down.
 */
public class TestMailServer implements EnvironmentPostProcessor {

    private static GreenMail server;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty("parindex.test.mail-server", Boolean.class, false)) {
            return;
        }
        GreenMail mail = start();
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "testMailServer",
                        Map.of(
                                "spring.mail.host",
                                "127.0.0.1",
                                "spring.mail.port",
                                mail.getSmtp().getPort())));
    }

    private static synchronized GreenMail start() {
        if (server == null) {
            // A port that was free a moment ago, kept for the JVM's life so a restart binds it again.
            server = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
        return server;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The running server; fails when the test context did not start one. */
    public static synchronized GreenMail server() {
        if (server == null) {
            throw new IllegalStateException("No test mail server: is the test profile active?");
        }
        return server;
    }

    /** Mails received for this address so far. */
    public static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(server().getReceivedMessages())
                .filter(message -> recipients(message).contains(address))
                .toList();
    }

    /** Waits up to 10 seconds for at least {@code count} mails to this address, then returns them all. */
    public static List<MimeMessage> awaitMailsTo(String address, int count) {
        long until = System.currentTimeMillis() + 10_000;
        List<MimeMessage> mails = mailsTo(address);
        while (mails.size() < count && System.currentTimeMillis() < until) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            mails = mailsTo(address);
        }
        return mails;
    }

    /** Stops the server on its port (connections are refused) until {@link #restart()}. */
    public static void stop() {
        server().stop();
    }

    public static void restart() {
        server().start();
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String body(MimeMessage message) {
        try {
            return String.valueOf(message.getContent()).replace("\r\n", "\n");
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            Address[] to = message.getAllRecipients();
            return to == null
                    ? List.of()
                    : Arrays.stream(to).map(Address::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
