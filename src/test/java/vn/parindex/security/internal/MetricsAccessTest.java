package vn.parindex.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.support.PortalHttpClient;
import vn.parindex.support.PortalIntegrationTest;
import vn.parindex.support.SignIn;

/**
 * Monitoring scrapes metrics with its own bearer token (the test profile configures the SHA-256 of
 * {@value #TOKEN}): no administrator account, no password hashing, no audit row per scrape.
 */
@PortalIntegrationTest
class MetricsAccessTest {

    static final String TOKEN = "parindex-test-scrape-token";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theScrapeTokenReadsMetricsAndWritesNoAuditRow() {
        PortalHttpClient scraper = new PortalHttpClient(port);
        long auditRowsBefore = auditRows();
        for (int scrape = 0; scrape < 5; scrape++) {
            HttpResponse<String> response =
                    scraper.get("/actuator/prometheus", Map.of("Authorization", "Bearer " + TOKEN));
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("jvm_memory_used_bytes");
            assertThat(response.headers().firstValue("Set-Cookie"))
                    .as("no session for a scrape")
                    .isEmpty();
        }
        assertThat(auditRows()).isEqualTo(auditRowsBefore);
    }

    @Test
    void aWrongOrMissingTokenGets401() {
        PortalHttpClient scraper = new PortalHttpClient(port);
        assertThat(scraper.get("/actuator/prometheus").statusCode()).isEqualTo(401);
        assertThat(scraper.get("/actuator/prometheus", Map.of("Authorization", "Bearer " + TOKEN + "x"))
                        .statusCode())
                .isEqualTo(401);
        assertThat(scraper.get("/actuator/prometheus", Map.of("Authorization", "Bearer "))
                        .statusCode())
                .isEqualTo(401);
        // HTTP Basic is gone: even the administrator's password does not open metrics that way.
        String basic = java.util.Base64.getEncoder().encodeToString(("admin:" + SignIn.DEMO_PASSWORD).getBytes());
        assertThat(scraper.get("/actuator/prometheus", Map.of("Authorization", "Basic " + basic))
                        .statusCode())
                .isEqualTo(401);
        assertThat(scraper.get("/actuator/metrics").statusCode()).isEqualTo(401);
    }

    @Test
    void healthStaysPublicAndAnAdministratorSessionStillReadsMetrics() {
        PortalHttpClient anyone = new PortalHttpClient(port);
        assertThat(anyone.get("/actuator/health").statusCode()).isEqualTo(200);

        PortalHttpClient admin = new PortalHttpClient(port);
        assertThat(admin.signIn("admin", SignIn.DEMO_PASSWORD)).isTrue();
        assertThat(admin.get("/actuator/prometheus").statusCode()).isEqualTo(200);

        PortalHttpClient leader = new PortalHttpClient(port);
        assertThat(leader.signIn("lanhdao", SignIn.DEMO_PASSWORD)).isTrue();
        assertThat(leader.get("/actuator/prometheus").statusCode()).isEqualTo(403);
    }

    private long auditRows() {
        return jdbc.queryForObject("select count(*) from audit_event", Long.class);
    }
}
