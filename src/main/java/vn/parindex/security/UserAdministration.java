package vn.parindex.security;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.audit.AuditLog;
import vn.parindex.security.internal.LoginThrottles;
import vn.parindex.security.internal.UserAccount;
import vn.parindex.security.internal.UserAccountRepository;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.ConcurrentEditException;
import vn.parindex.shared.TextLimits;

/**
 * The IT administrator's work on accounts: create, change roles and unit, disable, lift sign-in
 * throttling, reset the password. Disabling, resetting the password and changing roles or unit end
 * the account's open sessions at their next request (see {@code SessionStampFilter}).
 */
@Service
@Transactional
@RolesAllowed(Role.Names.ADMIN)
public class UserAdministration {

    private static final String ENTITY = "USER";
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,60}");

    private final UserAccountRepository users;
    private final LoginThrottles throttles;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final CurrentUserService currentUser;
    private final Clock clock;

    UserAdministration(
            UserAccountRepository users,
            LoginThrottles throttles,
            PasswordEncoder passwordEncoder,
            AuditLog audit,
            CurrentUserService currentUser,
            Clock clock) {
        this.users = users;
        this.throttles = throttles;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<UserSummary> users() {
        Map<String, LoginThrottleState> throttled = throttles.accountStates(Instant.now(clock));
        return users.findAllByOrderByUsernameAsc().stream()
                .map(account -> account.toSummary(throttled.getOrDefault(
                        LoginThrottles.usernameKey(account.getUsername()), LoginThrottleState.NONE)))
                .toList();
    }

    @Transactional(readOnly = true)
    public UserSummary user(long id) {
        UserAccount account = load(id);
        return account.toSummary(throttles.accountState(account.getUsername(), Instant.now(clock)));
    }

    public long create(UserDraft draft) {
        return create(draft, true);
    }

    /**
     * Provisions an account whose password was fixed elsewhere (the demo accounts' published
     * {@code Demo@2024} is shorter than the policy) and is not one-time; everything else is checked
     * and audited as usual.
     */
    public long createWithPresetPassword(UserDraft draft) {
        return create(draft, false);
    }

    private long create(UserDraft draft, boolean applyPasswordPolicy) {
        String username = draft.username() == null ? "" : draft.username().trim();
        if (!USERNAME.matcher(username).matches()) {
            throw new BusinessRuleException("user.username.pattern");
        }
        if (users.existsByUsername(username)) {
            throw new BusinessRuleException("user.username.taken", username);
        }
        checkDetails(draft);
        if (applyPasswordPolicy) {
            PasswordPolicy.check(username, draft.password());
        } else if (draft.password() == null || draft.password().isBlank()) {
            throw new BusinessRuleException("password.tooShort", PasswordPolicy.MIN_LENGTH);
        }
        UserAccount account = new UserAccount(
                username,
                passwordEncoder.encode(draft.password()),
                draft.fullName().trim(),
                Instant.now(clock));
        account.update(draft.fullName().trim(), blankToNull(draft.email()), draft.unitId(), draft.roles());
        if (applyPasswordPolicy) {
            // The administrator chose it: the new user replaces it at first sign-in.
            account.setOneTimePassword(account.getPasswordHash(), Instant.now(clock));
        }
        users.saveAndFlush(account);
        audit.record("USER_CREATED", ENTITY, account.getId(), null, auditView(account.toSummary()));
        return account.getId();
    }

    /** Changes name, e-mail, unit and roles; refused when someone else saved the user meanwhile. */
    public void update(long id, long expectedVersion, UserDraft draft) {
        UserAccount account = load(id);
        ConcurrentEditException.check(account.getVersion(), expectedVersion);
        checkDetails(draft);
        if (isSelf(account) && !draft.roles().contains(Role.ADMIN)) {
            throw new BusinessRuleException("user.cannotRemoveOwnAdmin");
        }
        Map<String, Object> before = auditView(account.toSummary());
        boolean accessChanged =
                !account.getRoles().equals(draft.roles()) || !Objects.equals(account.getUnitId(), draft.unitId());
        account.update(draft.fullName().trim(), blankToNull(draft.email()), draft.unitId(), draft.roles());
        if (accessChanged) {
            // Sessions hold the roles and unit they signed in with: they must sign in again.
            account.endSessions();
        }
        users.saveAndFlush(account);
        audit.record("USER_UPDATED", ENTITY, id, before, auditView(account.toSummary()));
    }

    public void setEnabled(long id, boolean enabled) {
        UserAccount account = load(id);
        if (!enabled && isSelf(account)) {
            throw new BusinessRuleException("user.cannotDisableSelf");
        }
        if (account.isEnabled() == enabled) {
            return;
        }
        account.setEnabled(enabled);
        account.endSessions();
        audit.record(enabled ? "USER_ENABLED" : "USER_DISABLED", ENTITY, id, !enabled, enabled);
    }

    /** Lifts every sign-in hold on the account, from every address, and forgets its failures. */
    public void unlock(long id) {
        UserAccount account = load(id);
        LoginThrottleState before = throttles.accountState(account.getUsername(), Instant.now(clock));
        throttles.clearAccount(account.getUsername());
        audit.record("USER_UNLOCKED", ENTITY, id, before, null);
    }

    public void resetPassword(long id, String newPassword) {
        UserAccount account = load(id);
        PasswordPolicy.check(account.getUsername(), newPassword);
        account.setOneTimePassword(passwordEncoder.encode(newPassword), Instant.now(clock));
        account.endSessions();
        throttles.clearAccount(account.getUsername());
        audit.record("USER_PASSWORD_RESET", ENTITY, id, null, null);
    }

    private void checkDetails(UserDraft draft) {
        if (draft.fullName() == null || draft.fullName().isBlank()) {
            throw new BusinessRuleException("user.fullName.required");
        }
        if (draft.fullName().trim().length() > TextLimits.PERSON_NAME) {
            throw new BusinessRuleException("field.tooLong");
        }
        if (draft.email() != null
                && !draft.email().isBlank()
                && !draft.email().trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new BusinessRuleException("user.email.invalid");
        }
        Set<Role> roles = draft.roles() == null ? Set.of() : draft.roles();
        if (roles.isEmpty()) {
            throw new BusinessRuleException("user.roles.required");
        }
        if (roles.contains(Role.FOCAL_POINT) && draft.unitId() == null) {
            throw new BusinessRuleException("user.unit.requiredForFocalPoint");
        }
    }

    private boolean isSelf(UserAccount account) {
        return currentUser.current().map(user -> user.id() == account.getId()).orElse(false);
    }

    private UserAccount load(long id) {
        return users.findById(id).orElseThrow(() -> new BusinessRuleException("user.notFound"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static Map<String, Object> auditView(UserSummary user) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("username", user.username());
        view.put("fullName", user.fullName());
        view.put("email", user.email());
        view.put("unitId", user.unitId());
        view.put("roles", user.roles().stream().map(Role::name).sorted().toList());
        view.put("enabled", user.enabled());
        return view;
    }
}
