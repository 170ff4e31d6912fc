package vn.parindex.security.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.audit.AuditLog;
import vn.parindex.security.PasswordPolicy;
import vn.parindex.security.Role;

/**
 * A new installation without demo data has no accounts: create the first administrator so someone
 * can sign in. The password comes from {@code PARINDEX_INITIAL_ADMIN_PASSWORD}, or is generated and
 * written once to the log.
 */
@Component
@Order(10)
class InitialAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final Clock clock;
    private final String username;
    private final String configuredPassword;

    InitialAdministrator(
            UserAccountRepository users,
            PasswordEncoder passwordEncoder,
            AuditLog audit,
            Clock clock,
            @Value("${parindex.initial-admin.username:admin}") String username,
            @Value("${parindex.initial-admin.password:}") String configuredPassword) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
        this.username = username;
        this.configuredPassword = configuredPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        boolean generated = configuredPassword.isBlank();
        String password = generated ? OneTimePasswords.generate() : configuredPassword;
        PasswordPolicy.check(username, password);
        UserAccount admin =
                new UserAccount(username, passwordEncoder.encode(password), "Quản trị hệ thống", Instant.now(clock));
        admin.update("Quản trị hệ thống", null, null, EnumSet.of(Role.ADMIN));
        // Written to the log or an environment variable: its owner must replace it at first sign-in.
        admin.setOneTimePassword(admin.getPasswordHash(), Instant.now(clock));
        users.save(admin);
        audit.recordFor(AuditLog.SYSTEM_ACTOR, null, "USER_CREATED", "USER", admin.getId(), null, username);
        if (generated) {
            log.warn(
                    "No accounts existed: created administrator '{}' with the one-time password '{}'. "
                            + "Sign in and change it now.",
                    username,
                    password);
        } else {
            log.info("No accounts existed: created administrator '{}' with the configured password.", username);
        }
    }
}
