package vn.parindex.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.parindex.support.PortalIntegrationTest;

/**
 * The browser-facing controls of docs/threat-model.md over real HTTP: security headers on pages and
 * probes, the session cookie's flags (Secure and HSTS only over HTTPS, as the trusted proxy reports
 * it), and request bodies over the limits refused with 413 before anything reads them.
 */
@PortalIntegrationTest
class SecurityHeadersTest {

    /** parindex.evidence.max-file-size's default, plus the multipart framing. */
    static final long UPLOAD_LIMIT = (20L + 1L) * 1024 * 1024;

    @LocalServerPort
    int port;

    @Test
    void pagesCarryThePolicyAndTheHardeningHeaders() {
        HttpResponse<String> login = get("/login", Map.of());
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(header(login, "Content-Security-Policy"))
                .isEqualTo(SecurityConfiguration.CONTENT_SECURITY_POLICY)
                .contains("script-src 'self' 'unsafe-inline' 'unsafe-eval'")
                .contains("frame-ancestors 'self'")
                .doesNotContain("*");
        assertThat(header(login, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(login, "X-Frame-Options")).isEqualTo("SAMEORIGIN");
        assertThat(header(login, "Referrer-Policy")).isEqualTo("same-origin");

        HttpResponse<String> health = get("/actuator/health", Map.of());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(header(health, "Content-Security-Policy")).isEqualTo(SecurityConfiguration.CONTENT_SECURITY_POLICY);
        assertThat(header(health, "X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void overPlainHttpTheCookieIsHttpOnlyAndLaxButNotSecureAndThereIsNoHsts() {
        HttpResponse<String> login = get("/login", Map.of());
        String cookie = sessionCookie(login);
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
        assertThat(login.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void overHttpsBehindTheTrustedProxyTheCookieIsSecureAndHstsIsSent() {
        HttpResponse<String> login = get("/login", Map.of("X-Forwarded-Proto", "https"));
        String cookie = sessionCookie(login);
        assertThat(cookie).contains("Secure").contains("HttpOnly").contains("SameSite=Lax");
        assertThat(header(login, "Strict-Transport-Security"))
                .contains("max-age=" + SecurityConfiguration.HSTS_MAX_AGE_SECONDS)
                .contains("includeSubDomains");
    }

    @Test
    void anUploadOverTheLimitIsRefusedBeforeItsBodyIsRead() throws IOException {
        String answer = declareBody("multipart/form-data; boundary=x", UPLOAD_LIMIT + 1);
        assertThat(answer).startsWith("HTTP/1.1 413");
    }

    @Test
    void anyOtherRequestOverItsMuchSmallerLimitIsRefused() throws IOException {
        assertThat(declareBody("application/json", 4L * 1024 * 1024 + 1)).startsWith("HTTP/1.1 413");
        assertThat(declareBody("application/x-www-form-urlencoded", 50L * 1024 * 1024))
                .startsWith("HTTP/1.1 413");
    }

    @Test
    void bodiesWithinTheLimitsPass() throws IOException {
        // The login form with a small body reaches Spring Security (which redirects), not the limit.
        String form = "username=nobody&password=wrong-password-1";
        String answer = send("POST /login HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length()
                + "\r\nConnection: close\r\n\r\n" + form);
        assertThat(answer).doesNotStartWith("HTTP/1.1 413");
        RequestSizeLimit limit = new RequestSizeLimit(UPLOAD_LIMIT, 4L * 1024 * 1024);
        assertThat(limit.limitFor(new org.springframework.mock.web.MockHttpServletRequest() {
                    {
                        setContentType("multipart/form-data; boundary=y");
                    }
                }))
                .isEqualTo(UPLOAD_LIMIT);
    }

    /** Sends only the headers of a request declaring that body size and a first chunk; returns the status line. */
    private String declareBody(String contentType, long length) throws IOException {
        return send("POST /login HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType + "\r\nContent-Length: "
                + length + "\r\n\r\n" + "x".repeat(1024));
    }

    private String send(String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = in.read()) >= 0 && c != '\n') {
                line.append((char) c);
            }
            return line.toString().strip();
        }
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        headers.forEach(request::header);
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElseThrow(() -> new AssertionError("no " + name + " header"));
    }

    private static String sessionCookie(HttpResponse<?> response) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
    }
}
