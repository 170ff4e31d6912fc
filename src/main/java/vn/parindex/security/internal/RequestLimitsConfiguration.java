package vn.parindex.security.internal;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * Request size limits at the server, derived from the evidence size setting
 * ({@code parindex.evidence.max-file-size}) so the two never disagree: an upload may be one file of
 * that size plus {@link #FRAMING}; other requests at most {@code parindex.http.max-body-size}.
 */
@Configuration(proxyBeanMethods = false)
class RequestLimitsConfiguration {

    /** Room for the multipart boundaries and part headers around the largest file. */
    static final DataSize FRAMING = DataSize.ofMegabytes(1);

    /** Parts larger than this go to a temporary file instead of the heap. */
    static final DataSize IN_MEMORY_PART = DataSize.ofKilobytes(256);

    @Bean
    FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(
            @Value("${parindex.evidence.max-file-size:20MB}") DataSize evidence,
            @Value("${parindex.http.max-body-size:4MB}") DataSize other) {
        FilterRegistrationBean<RequestSizeLimit> registration = new FilterRegistrationBean<>(
                new RequestSizeLimit(evidence.toBytes() + FRAMING.toBytes(), other.toBytes()));
        // Before everything, the start-up gate and Spring Security included: nothing reads a refused body.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /**
     * Replaces Spring Boot's multipart defaults (1 MB per file), which Vaadin's servlet and Spring MVC
     * take: a file up to the evidence maximum (the services refuse anything larger with their own
     * translated message, so the limit here leaves them the framing's room).
     */
    @Bean
    MultipartConfigElement multipartConfigElement(@Value("${parindex.evidence.max-file-size:20MB}") DataSize evidence) {
        MultipartConfigFactory factory = new MultipartConfigFactory();
        factory.setMaxFileSize(DataSize.ofBytes(evidence.toBytes() + FRAMING.toBytes()));
        factory.setMaxRequestSize(DataSize.ofBytes(evidence.toBytes() + FRAMING.toBytes()));
        factory.setFileSizeThreshold(IN_MEMORY_PART);
        return factory.createMultipartConfig();
    }
}
