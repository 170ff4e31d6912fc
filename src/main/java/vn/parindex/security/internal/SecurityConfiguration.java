package vn.parindex.security.internal;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
@EnableConfigurationProperties({LoginThrottleProperties.class, MetricsAccessProperties.class})
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    /** The login view's route (it lives in the shell, which shows the province's name). */
    static final String LOGIN_PATH = "/login";

    /**
     * Health is public for load balancers. Metrics and the rest of Actuator: the monitoring
     * system's bearer token, or a signed-in ADMIN's session. No HTTP Basic: a scrape must not run a
     * password hash or write the audit trail, and never needs an administrator's password.
     */
    @Bean
    @Order(1)
    SecurityFilterChain actuatorSecurity(
            HttpSecurity http,
            MetricsAccessProperties metrics,
            SessionStamps stamps,
            SecurityContextHolderStrategy contexts)
            throws Exception {
        headers(http);
        return http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .anyRequest()
                        .hasAnyAuthority(MetricsTokenFilter.AUTHORITY, "ROLE_ADMIN"))
                .addFilterAfter(new SessionStampFilter(stamps, contexts), SecurityContextHolderFilter.class)
                .addFilterAfter(new MetricsTokenFilter(metrics.tokenDigest()), SessionStampFilter.class)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .csrf(csrf -> csrf.ignoringRequestMatchers("/actuator/**"))
                .build();
    }

    /**
     * What the browser may load and run (docs/threat-model.md). Vaadin Flow needs inline scripts
     * with eval and inline styles (its bootstrap starts the client engine inline and runs the
     * expressions the server sends as functions); everything else comes from the portal itself:
     * ECharts from /webjars, Lumo's icons and fonts as data: URLs, evidence previews in a frame of
     * the sheet (so framing is allowed to the portal itself, to nobody else).
     */
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "frame-src 'self'",
            "frame-ancestors 'self'",
            "form-action 'self'",
            "base-uri 'self'");

    /** HSTS lifetime: a year, the usual preload minimum. */
    static final long HSTS_MAX_AGE_SECONDS = 31_536_000L;

    /**
     * Headers of every answer: the policy above, no MIME sniffing, framing by the portal only, the
     * referrer kept to the portal's own pages, and HSTS on answers given over HTTPS (directly or
     * through a trusted proxy's X-Forwarded-Proto; never over plain HTTP, where it would mean nothing).
     */
    static void headers(HttpSecurity http) throws Exception {
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .contentTypeOptions(Customizer.withDefaults())
                .frameOptions(frame -> frame.sameOrigin())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .httpStrictTransportSecurity(
                        hsts -> hsts.maxAgeInSeconds(HSTS_MAX_AGE_SECONDS).includeSubDomains(true)));
    }

    @Bean
    @Order(2)
    SecurityFilterChain portalSecurity(HttpSecurity http, SessionStamps stamps, SecurityContextHolderStrategy contexts)
            throws Exception {
        http.authorizeHttpRequests(auth ->
                auth.requestMatchers("/styles/**", "/images/**", "/error").permitAll());
        http.addFilterAfter(new SessionStampFilter(stamps, contexts), SecurityContextHolderFilter.class);
        headers(http);
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LOGIN_PATH))
                .build();
    }

    /** Argon2id by default, older hashes still accepted; see {@link PasswordHashing}. */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${parindex.security.max-concurrent-password-hashes:0}") int maxConcurrent) {
        return PasswordHashing.encoder(
                maxConcurrent > 0 ? maxConcurrent : Runtime.getRuntime().availableProcessors());
    }

    /** Which senders' forwarded headers are believed; loopback unless configured. */
    @Bean
    TrustedProxies trustedProxies(@Value("${parindex.trusted-proxies:127.0.0.1,::1}") List<String> addresses) {
        return new TrustedProxies(addresses);
    }
}
