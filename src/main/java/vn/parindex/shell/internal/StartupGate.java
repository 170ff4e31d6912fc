package vn.parindex.shell.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;
import vn.parindex.shared.Locales;

/**
 * Keeps the portal from answering before it is ready. Spring Boot starts the web server before the
 * application runners (the demo data, the first administrator) and publishes
 * {@link ApplicationReadyEvent} only after all of them: until then every request but the health
 * probes gets "503, starting" with a page that reloads itself, so nobody signs in to a half-loaded
 * demo and gets the wrong-password message.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class StartupGate extends OncePerRequestFilter implements ApplicationListener<ApplicationReadyEvent> {

    /** Seconds the browser waits before asking again. */
    static final int RETRY_AFTER_SECONDS = 2;

    private volatile boolean ready;

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        ready = true;
    }

    public boolean isReady() {
        return ready;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // Probes must see the truth (readiness is OUT_OF_SERVICE meanwhile), not this page.
        return ready || request.getRequestURI().startsWith(request.getContextPath() + "/actuator/health");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (ready) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        String vi = text(Locales.VIETNAMESE);
        String en = text(Locale.ENGLISH);
        String page = "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"UTF-8\">"
                + "<meta http-equiv=\"refresh\" content=\"" + RETRY_AFTER_SECONDS + "\">"
                + "<title>" + HtmlUtils.htmlEscape(vi) + "</title></head>"
                + "<body style=\"font-family:sans-serif;text-align:center;margin-top:20vh\">"
                + "<p id=\"starting\">" + HtmlUtils.htmlEscape(vi) + "</p>"
                + "<p lang=\"en\">" + HtmlUtils.htmlEscape(en) + "</p></body></html>";
        response.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(Locale locale) {
        return ResourceBundle.getBundle("vaadin-i18n.translations", locale).getString("app.starting");
    }
}
