package vn.parindex.security.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Five failed logins within 15 minutes lock an account for 15 minutes, unless configured otherwise. */
@ConfigurationProperties("parindex.security")
record LockoutProperties(
        @DefaultValue("5") int maxFailedLogins,
        @DefaultValue("15m") Duration failureWindow,
        @DefaultValue("15m") Duration lockoutDuration) {}
