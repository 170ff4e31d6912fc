package vn.parindex.security;

import jakarta.annotation.security.PermitAll;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.audit.AuditLog;
import vn.parindex.security.internal.LoginThrottles;
import vn.parindex.security.internal.PasswordResetAccountRepository;
import vn.parindex.security.internal.PasswordResetRequestLog;
import vn.parindex.security.internal.PasswordResetToken;
import vn.parindex.security.internal.PasswordResetTokenRepository;
import vn.parindex.security.internal.UserAccount;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.Locales;

/**
 * Forgotten passwords, when the portal can send mail: a request by user name or e-mail always gets
 * the same answer (no one learns whether an account exists), is throttled per client address and per
 * account, and for an enabled account with an address creates a random single-use link (only its
 * SHA-256 is stored) that expires, and that a newer request revokes; {@link PasswordResetRequested}
 * has the notification module mail it. Setting the new password checks the policy, ends the account's
 * sessions on every node and lifts its sign-in holds, as an administrator's reset does. Everything is
 * audited. Open to anonymous visitors: that is who forgets a password.
 */
@Service
@PermitAll
public class PasswordResets {

    /** The page a link opens (the shell's view), and the query parameter carrying the token. */
    public static final String RESET_ROUTE = "reset-password";

    public static final String TOKEN_PARAMETER = "token";

    /** Whose password a valid link sets, and the language the page speaks to them in. */
    public record ResetAccount(String username, Locale locale) {}

    private static final String ENTITY = "USER";
    private static final Duration THROTTLE_WINDOW = Duration.ofHours(1);
    private static final int MAX_IDENTIFIER_LENGTH = 200;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PasswordResetAccountRepository accounts;
    private final PasswordResetTokenRepository tokens;
    private final PasswordResetRequestLog requests;
    private final LoginThrottles throttles;
    private final PasswordEncoder passwordEncoder;
    private final ObjectProvider<JavaMailSender> mailSenders;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;
    private final boolean enabled;
    private final Duration validity;
    private final int perAccount;
    private final int perAddress;

    PasswordResets(
            PasswordResetAccountRepository accounts,
            PasswordResetTokenRepository tokens,
            PasswordResetRequestLog requests,
            LoginThrottles throttles,
            PasswordEncoder passwordEncoder,
            ObjectProvider<JavaMailSender> mailSenders,
            ApplicationEventPublisher events,
            AuditLog audit,
            Clock clock,
            @Value("${parindex.security.password-reset.enabled:true}") boolean enabled,
            @Value("${parindex.security.password-reset.validity:30m}") Duration validity,
            @Value("${parindex.security.password-reset.per-account:3}") int perAccount,
            @Value("${parindex.security.password-reset.per-address:10}") int perAddress) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.requests = requests;
        this.throttles = throttles;
        this.passwordEncoder = passwordEncoder;
        this.mailSenders = mailSenders;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
        this.enabled = enabled;
        this.validity = validity;
        this.perAccount = perAccount;
        this.perAddress = perAddress;
    }

    /** Whether the portal offers it: only when mail is configured (and it is not turned off). */
    public boolean available() {
        return enabled && mailSenders.getIfAvailable() != null;
    }

    /** How long a link stays valid. */
    public Duration validity() {
        return validity;
    }

    /**
     * Takes a request by user name or e-mail address. Returns normally whatever was typed and whatever
     * happened (link mailed, unknown, disabled, no address, throttled), so the answer tells nothing.
     */
    @Transactional
    public void request(String userNameOrEmail) {
        if (!available()) {
            throw new BusinessRuleException("passwordReset.unavailable");
        }
        Instant now = Instant.now(clock);
        String address = AuditLog.currentClientAddress();
        // Requests that are not web requests have no address: only the account's own limit applies.
        if (address != null && requests.recordAndCount(address, now, now.minus(THROTTLE_WINDOW)) > perAddress) {
            ignored(null, "THROTTLED_ADDRESS", address);
            return;
        }
        String typed = userNameOrEmail == null ? "" : userNameOrEmail.strip();
        List<UserAccount> matches = typed.isEmpty() || typed.length() > MAX_IDENTIFIER_LENGTH
                ? List.of()
                : accounts.findByUsername(typed)
                        .map(List::of)
                        .orElseGet(() -> typed.contains("@") ? accounts.findByEmailOrderById(typed) : List.of());
        if (matches.isEmpty()) {
            ignored(null, "UNKNOWN", address);
            return;
        }
        for (UserAccount match : matches) {
            issue(match.getId(), now, address);
        }
    }

    private void issue(long userId, Instant now, String address) {
        UserAccount account = accounts.findForUpdate(userId).orElseThrow();
        UserSummary summary = account.toSummary();
        if (!account.isEnabled()) {
            ignored(userId, "DISABLED", address);
        } else if (summary.email() == null || summary.email().isBlank()) {
            ignored(userId, "NO_EMAIL", address);
        } else if (tokens.countByUserIdAndCreatedAtAfter(userId, now.minus(THROTTLE_WINDOW)) >= perAccount) {
            ignored(userId, "THROTTLED_ACCOUNT", address);
        } else {
            tokens.revokeOpen(userId, now);
            String token = newToken();
            Instant expiresAt = now.plus(validity);
            tokens.save(new PasswordResetToken(userId, sha256(token), now, expiresAt, address));
            audit.recordFor(
                    actor(), address, "PASSWORD_RESET_REQUESTED", ENTITY, userId, null, Map.of("expiresAt", expiresAt));
            events.publishEvent(new PasswordResetRequested(
                    userId,
                    account.getUsername(),
                    account.getFullName(),
                    summary.email(),
                    account.getLocale(),
                    token,
                    expiresAt));
        }
    }

    /** The account a link sets the password of, while the link is valid; empty otherwise. */
    @Transactional(readOnly = true)
    public Optional<ResetAccount> accountFor(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        Instant now = Instant.now(clock);
        return tokens.findByTokenSha256(sha256(token))
                .filter(link -> link.refusalAt(now) == null)
                .flatMap(link -> accounts.findByIdAndEnabledTrue(link.getUserId()))
                .map(account -> new ResetAccount(account.getUsername(), Locales.fromTag(account.getLocale())));
    }

    /**
     * Sets a new password through a link: refused (one message, the reason audited) when the link is
     * unknown, expired, used or revoked; refused by the password policy otherwise, leaving the link
     * valid. Marks the link used, revokes the account's other links and ends its sessions.
     */
    @Transactional(noRollbackFor = BusinessRuleException.class)
    public void reset(String token, String newPassword) {
        Instant now = Instant.now(clock);
        String address = AuditLog.currentClientAddress();
        PasswordResetToken link = token == null || token.isBlank()
                ? null
                : tokens.findForUpdate(sha256(token)).orElse(null);
        if (link == null) {
            throw refused(null, "UNKNOWN", address);
        }
        PasswordResetToken.Refusal refusal = link.refusalAt(now);
        if (refusal != null) {
            throw refused(link.getUserId(), refusal.name(), address);
        }
        UserAccount account = accounts.findForUpdate(link.getUserId()).orElseThrow();
        if (!account.isEnabled()) {
            throw refused(link.getUserId(), "DISABLED", address);
        }
        PasswordPolicy.check(account.getUsername(), newPassword);
        account.changePassword(passwordEncoder.encode(newPassword), now);
        account.endSessions();
        link.markUsed(now);
        tokens.revokeOpen(account.getId(), now);
        throttles.clearAccount(account.getUsername());
        audit.recordFor(account.getUsername(), address, "PASSWORD_RESET_BY_LINK", ENTITY, account.getId(), null, null);
    }

    private void ignored(Long userId, String reason, String address) {
        audit.recordFor(actor(), address, "PASSWORD_RESET_REQUEST_IGNORED", ENTITY, userId, null, reason);
    }

    private BusinessRuleException refused(Long userId, String reason, String address) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("reason", reason);
        audit.recordFor(actor(), address, "PASSWORD_RESET_LINK_REFUSED", ENTITY, userId, null, detail);
        return new BusinessRuleException("passwordReset.invalidLink");
    }

    private static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null
                        || authentication instanceof AnonymousAuthenticationToken
                        || !authentication.isAuthenticated()
                ? "anonymous"
                : authentication.getName();
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
