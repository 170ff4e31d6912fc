package vn.parindex.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.audit.AuditLog;
import vn.parindex.security.internal.UserAccount;
import vn.parindex.security.internal.UserAccountRepository;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.Locales;

/** What every signed-in user does to their own account: password and language. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class AccountService {

    private static final String ENTITY = "USER";

    private final UserAccountRepository users;
    private final CurrentUserService currentUser;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final Clock clock;

    AccountService(
            UserAccountRepository users,
            CurrentUserService currentUser,
            PasswordEncoder passwordEncoder,
            AuditLog audit,
            Clock clock) {
        this.users = users;
        this.currentUser = currentUser;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
    }

    public void changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount account = self();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new BusinessRuleException("password.currentWrong");
        }
        PasswordPolicy.check(account.getUsername(), newPassword);
        if (passwordEncoder.matches(newPassword, account.getPasswordHash())) {
            throw new BusinessRuleException("password.sameAsCurrent");
        }
        boolean oneTime = account.isPasswordMustChange();
        account.changePassword(passwordEncoder.encode(newPassword), Instant.now(clock));
        audit.record("PASSWORD_CHANGED", ENTITY, account.getId(), oneTime ? "one-time" : null, null);
    }

    /**
     * True while the signed-in user's password is a one-time one (new account, administrator's
     * reset, the first administrator's): the portal shows nothing but the password change until then.
     * False for the portal's own background identity.
     */
    @Transactional(readOnly = true)
    public boolean mustChangePassword() {
        return currentUser
                .current()
                .flatMap(user -> users.findById(user.id()))
                .map(UserAccount::isPasswordMustChange)
                .orElse(false);
    }

    @Transactional(readOnly = true)
    public Locale preferredLocale() {
        return Locales.fromTag(self().getLocale());
    }

    public void changeLanguage(Locale locale) {
        UserAccount account = self();
        String tag = Locales.toTag(locale);
        if (!tag.equals(account.getLocale())) {
            audit.record("LANGUAGE_CHANGED", ENTITY, account.getId(), account.getLocale(), tag);
            account.setLocale(tag);
        }
    }

    private UserAccount self() {
        return users.findById(currentUser.require().id()).orElseThrow(() -> new BusinessRuleException("user.notFound"));
    }
}
