package vn.parindex.security.internal;

import java.util.HexFormat;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Access for the monitoring system's scrapes: the SHA-256 (hex) of a bearer token. Only the hash is
 * configured, so the configuration never holds a usable secret. Unset: only an ADMIN session reads
 * metrics.
 *
 * @param tokenSha256 64 hexadecimal digits, or empty
 */
@ConfigurationProperties("parindex.metrics")
record MetricsAccessProperties(String tokenSha256) {

    MetricsAccessProperties {
        if (tokenSha256 != null
                && !tokenSha256.isBlank()
                && !tokenSha256.strip().matches("[0-9a-fA-F]{64}")) {
            throw new IllegalArgumentException(
                    "parindex.metrics.token-sha256 (PARINDEX_METRICS_TOKEN_SHA256) must be 64 hexadecimal digits");
        }
    }

    /** The configured digest, or null when scrapes by token are off. */
    byte[] tokenDigest() {
        return tokenSha256 == null || tokenSha256.isBlank()
                ? null
                : HexFormat.of().parseHex(tokenSha256.strip().toLowerCase(java.util.Locale.ROOT));
    }
}
