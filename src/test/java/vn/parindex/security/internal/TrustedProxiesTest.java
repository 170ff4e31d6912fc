package vn.parindex.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.RemoteIpValve;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.support.PortalHttpClient;
import vn.parindex.support.PortalIntegrationTest;

/**
 * Forwarded headers count only from the configured proxies: loopback by default, never the private
 * ranges Tomcat trusts out of the box. Checked on the pattern, on the running server's valve, and
 * on the address the audit trail records for a sign-in over real HTTP.
 */
@PortalIntegrationTest
class TrustedProxiesTest {

    @LocalServerPort
    int port;

    @Autowired
    ServletWebServerApplicationContext server;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDefaultTrustsLoopbackOnly() {
        Pattern trusted = Pattern.compile(TrustedProxies.regex(TrustedProxies.LOOPBACK));
        assertThat(trusted.matcher("127.0.0.1").matches()).isTrue();
        assertThat(trusted.matcher("0:0:0:0:0:0:0:1").matches()).isTrue();
        for (String sender :
                List.of("10.0.0.5", "172.16.4.2", "172.31.255.1", "192.168.1.20", "169.254.1.1", "127.0.0.10")) {
            assertThat(trusted.matcher(sender).matches()).as(sender).isFalse();
        }
    }

    @Test
    void aConfiguredProxyIsTrustedAndNothingLikeIt() {
        Pattern trusted = Pattern.compile(TrustedProxies.regex(List.of(" 10.0.0.5", "fd00::7 ")));
        assertThat(trusted.matcher("10.0.0.5").matches()).isTrue();
        assertThat(trusted.matcher("fd00:0:0:0:0:0:0:7").matches()).isTrue();
        assertThat(trusted.matcher("10.0.0.50").matches()).isFalse();
        assertThat(trusted.matcher("10.0.0.5x").matches()).isFalse();
        assertThat(trusted.matcher("127.0.0.1").matches()).isFalse();
        assertThatThrownBy(() -> TrustedProxies.regex(List.of("proxy.example.org")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TrustedProxies.regex(List.of("10.0.0.*")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCustomizerReplacesTomcatsPrivateRangeDefault() {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
        RemoteIpValve valve = new RemoteIpValve();
        assertThat(Pattern.compile(valve.getInternalProxies())
                        .matcher("192.168.1.20")
                        .matches())
                .as("Tomcat's own default")
                .isTrue();
        factory.addEngineValves(valve);
        new TrustedProxies(List.of("10.0.0.5")).customize(factory);
        assertThat(valve.getInternalProxies()).isEqualTo(Pattern.quote("10.0.0.5"));
    }

    @Test
    void theRunningServerBelievesForwardedHeadersFromLoopbackOnly() {
        Valve[] valves = ((TomcatWebServer) server.getWebServer())
                .getTomcat()
                .getEngine()
                .getPipeline()
                .getValves();
        RemoteIpValve valve = java.util.Arrays.stream(valves)
                .filter(RemoteIpValve.class::isInstance)
                .map(RemoteIpValve.class::cast)
                .findFirst()
                .orElseThrow();
        Pattern trusted = Pattern.compile(valve.getInternalProxies());
        assertThat(trusted.matcher("127.0.0.1").matches()).isTrue();
        assertThat(trusted.matcher("10.1.2.3").matches()).isFalse();
        assertThat(trusted.matcher("172.16.0.9").matches()).isFalse();
        assertThat(trusted.matcher("192.168.0.9").matches()).isFalse();

        String viaLoopback = "proxied-" + UUID.randomUUID().toString().substring(0, 8);
        new PortalHttpClient(port).signIn(viaLoopback, "whatever-123", Map.of("X-Forwarded-For", "198.51.100.23"));
        assertThat(auditedAddress(viaLoopback)).isEqualTo("198.51.100.23");
    }

    @Test
    void aSenderOnTheNetworkCannotChooseItsAuditedAddress() throws SocketException {
        Optional<InetAddress> own = nonLoopbackAddress();
        Assumptions.assumeTrue(own.isPresent(), "the machine has no non-loopback address");
        String sender = own.get().getHostAddress();
        String forged = "forged-" + UUID.randomUUID().toString().substring(0, 8);
        new PortalHttpClient(sender, port).signIn(forged, "whatever-123", Map.of("X-Forwarded-For", "198.51.100.99"));
        assertThat(auditedAddress(forged)).isEqualTo(sender);
    }

    private String auditedAddress(String actor) {
        return jdbc.queryForObject(
                "select client_address from audit_event where actor = ? and action = 'LOGIN_FAILURE'",
                String.class,
                actor);
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
        return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address)
                .filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress())
                .findFirst();
    }
}
