package vn.parindex.notification.internal;

import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.parindex.security.PasswordResetRequested;
import vn.parindex.security.PasswordResets;
import vn.parindex.shared.Locales;

/**
 * Mails a forgotten-password link once its request is committed, in the account's language. It goes
 * whatever the user chose for notification e-mails (they asked for it), is kept nowhere, and is not
 * retried: the link is short-lived and the user can ask again.
 */
@Component
class PasswordResetMails {

    private final MailOutbox outbox;
    private final MessageTexts texts;
    private final PasswordResets passwordResets;

    PasswordResetMails(MailOutbox outbox, MessageTexts texts, PasswordResets passwordResets) {
        this.outbox = outbox;
        this.texts = texts;
        this.passwordResets = passwordResets;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(PasswordResetRequested request) {
        Locale locale = Locales.fromTag(request.language());
        String link = outbox.absolute(
                PasswordResets.RESET_ROUTE + "?" + PasswordResets.TOKEN_PARAMETER + "=" + request.token());
        String subject = texts.text("mail.subject", locale, texts.text("mail.passwordReset.subject", locale));
        String body = texts.text(
                "mail.passwordReset.body",
                locale,
                request.fullName(),
                request.username(),
                link,
                passwordResets.validity().toMinutes(),
                request.expiresAt());
        outbox.sendOnce(request.email(), subject, body, "password reset");
    }
}
