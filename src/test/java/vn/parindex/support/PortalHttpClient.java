package vn.parindex.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A browser-like HTTP client for the running test server: keeps its cookies (so its session), never
 * follows redirects (so tests see where the portal sends it), signs in through the login form.
 */
public final class PortalHttpClient {

    private final String base;
    private final HttpClient client;

    public PortalHttpClient(String host, int port) {
        this.base = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
        this.client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public PortalHttpClient(int port) {
        this("127.0.0.1", port);
    }

    /** Posts the login form; true when the portal signed the user in (redirect away from the form). */
    public boolean signIn(String username, String password, Map<String, String> headers) {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        headers.forEach(request::header);
        HttpResponse<String> response = send(request);
        String location = response.headers().firstValue("Location").orElse("");
        return response.statusCode() == 302 && !location.contains("error");
    }

    public boolean signIn(String username, String password) {
        return signIn(username, password, Map.of());
    }

    public HttpResponse<String> get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        headers.forEach(request::header);
        return send(request);
    }

    public HttpResponse<String> get(String path) {
        return get(path, Map.of());
    }

    /** True when the request reached the page; false when the portal sent it to the login form. */
    public boolean opens(String path) {
        HttpResponse<String> response = get(path);
        if (response.statusCode() == 302
                && response.headers().firstValue("Location").orElse("").endsWith("/login")) {
            return false;
        }
        if (response.statusCode() == 200) {
            return true;
        }
        throw new IllegalStateException("Unexpected answer " + response.statusCode() + " for " + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
