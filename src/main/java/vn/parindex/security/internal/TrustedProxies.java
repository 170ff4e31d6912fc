package vn.parindex.security.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/**
 * {@code X-Forwarded-For} and {@code X-Forwarded-Proto} are believed only from the configured
 * reverse proxies (default: loopback only), never from any private-range sender as Tomcat's own
 * default does: otherwise anyone on the intranet could choose the address the audit trail and the
 * login throttle see. Runs after Spring Boot's customizer that adds the {@link RemoteIpValve}.
 */
final class TrustedProxies implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    static final List<String> LOOPBACK = List.of("127.0.0.1", "::1");
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

    private final String internalProxies;

    TrustedProxies(List<String> addresses) {
        this.internalProxies = regex(addresses);
    }

    /**
     * Tomcat's {@code internalProxies} pattern for exact addresses. Each must be an IP address
     * (never a host name); IPv6 is written out as Tomcat reports it ({@code 0:0:0:0:0:0:0:1}).
     */
    static String regex(List<String> addresses) {
        if (addresses == null || addresses.isEmpty()) {
            return "";
        }
        return addresses.stream()
                .map(String::strip)
                .filter(address -> !address.isEmpty())
                .map(TrustedProxies::canonical)
                .distinct()
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }

    private static String canonical(String address) {
        if (!IP_LITERAL.matcher(address).matches()) {
            throw new IllegalArgumentException(
                    "parindex.trusted-proxies (PARINDEX_TRUSTED_PROXIES) takes IP addresses only, not '" + address
                            + "'");
        }
        try {
            return InetAddress.getByName(address).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("Not an IP address in parindex.trusted-proxies: '" + address + "'", e);
        }
    }

    String internalProxies() {
        return internalProxies;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.getEngineValves().stream()
                .filter(RemoteIpValve.class::isInstance)
                .map(RemoteIpValve.class::cast)
                .forEach(valve -> {
                    valve.setInternalProxies(internalProxies);
                    valve.setTrustedProxies(null);
                });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
