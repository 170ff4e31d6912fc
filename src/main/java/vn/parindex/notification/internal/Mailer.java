package vn.parindex.notification.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends plain-text UTF-8 mails through Spring Boot's {@link JavaMailSender}, which exists only when
 * {@code spring.mail.host} is set: without it the portal sends no mail at all.
 */
@Component
public class Mailer {

    private final ObjectProvider<JavaMailSender> senders;
    private final InternetAddress from;

    Mailer(ObjectProvider<JavaMailSender> senders, NotificationProperties properties)
            throws AddressException, UnsupportedEncodingException {
        this.senders = senders;
        // "Name <address>": the name may be Vietnamese, so it is encoded as UTF-8 in the header.
        InternetAddress parsed = new InternetAddress(properties.mailFrom(), true);
        this.from = new InternetAddress(parsed.getAddress(), parsed.getPersonal(), "UTF-8");
    }

    public boolean configured() {
        return senders.getIfAvailable() != null;
    }

    /** Sends now; throws a {@code MailException} when the server refuses or cannot be reached. */
    void send(String to, String subject, String body) {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            throw new MailPreparationException("Mail is not configured (spring.mail.host)");
        }
        MimeMessage mime = sender.createMimeMessage();
        try {
            MimeMessageHelper message = new MimeMessageHelper(mime, false, "UTF-8");
            message.setFrom(from);
            message.setTo(to);
            message.setSubject(subject);
            message.setText(body, false);
        } catch (MessagingException e) {
            throw new MailPreparationException("Cannot build the mail", e);
        }
        sender.send(mime);
    }
}
