package vn.parindex.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser session at the protocol level, as the load harness drives it: signs in through the
 * login form, then opens a route the way Vaadin's client does (the page, the bootstrap JSON with the
 * UI id and CSRF token, the UIDL request that renders the view), so the server holds a real UI.
 * Cookies are kept here rather than in the HTTP client, so many sessions share one client and the
 * client's own memory stays out of heap measurements.
 */
public final class VaadinHttpUi {

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Pattern FORM_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");

    private final String base;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    private VaadinHttpUi(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** A new session signed in as the user; fails when the portal refuses the sign-in. */
    public static VaadinHttpUi signIn(int port, String username, String password) {
        VaadinHttpUi ui = new VaadinHttpUi(port);
        String page = ui.send(HttpRequest.newBuilder(ui.uri("/login"))).body();
        Matcher csrf = FORM_CSRF.matcher(page);
        String form = (csrf.find() ? "_csrf=" + encode(csrf.group(1)) + "&" : "") + "username=" + encode(username)
                + "&password=" + encode(password);
        HttpResponse<String> answer = ui.send(HttpRequest.newBuilder(ui.uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException(
                    "sign-in of " + username + " refused: " + answer.statusCode() + " " + location);
        }
        return ui;
    }

    /**
     * Opens the route (without the leading slash) with the query (or "") in a new UI of this session
     * and returns the UIDL answer that rendered it.
     */
    public String open(String route, String query) {
        send(HttpRequest.newBuilder(uri("/" + route + (query.isEmpty() ? "" : "?" + query))));
        String init = send(HttpRequest.newBuilder(
                        uri("/?v-r=init&location=" + encode(route) + "&query=" + encode(query))))
                .body();
        Matcher uiId = UI_ID.matcher(init);
        Matcher key = SECURITY_KEY.matcher(init);
        if (!uiId.find() || !key.find()) {
            throw new IllegalStateException(
                    "no UI in the bootstrap answer: " + init.substring(0, Math.min(300, init.length())));
        }
        String rpc = "{\"csrfToken\":\"" + key.group(1) + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                + "\"event\":\"ui-navigate\",\"data\":{\"route\":\"/" + route + "\",\"query\":\"" + query
                + "\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],"
                + "\"syncId\":0,\"clientId\":0}";
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=" + uiId.group(1)))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(rpc)));
        if (answer.statusCode() != 200 || answer.body().contains("appError")) {
            throw new IllegalStateException("opening " + route + " failed: " + answer.statusCode());
        }
        return answer.body();
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header(
                    "Cookie",
                    String.join(
                            "; ",
                            cookies.entrySet().stream()
                                    .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                                    .toList()));
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            List<String> set = response.headers().allValues("Set-Cookie");
            for (String cookie : set) {
                String pair = cookie.split(";", 2)[0];
                int equals = pair.indexOf('=');
                cookies.put(pair.substring(0, equals), pair.substring(equals + 1));
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
