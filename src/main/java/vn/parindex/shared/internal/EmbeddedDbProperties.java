package vn.parindex.shared.internal;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded MariaDB used when no external database is configured.
 *
 * @param dataDir where the databases live; survives restarts
 * @param port 0 picks a free port
 * @param database the schema the portal uses
 * @param baseDir where the server binaries are unpacked (shared); null means the temp folder
 * @param deleteDataOnStop tests use a throw-away data directory
 */
@ConfigurationProperties("parindex.embedded-db")
record EmbeddedDbProperties(
        @DefaultValue("./data/mariadb") Path dataDir,
        @DefaultValue("0") int port,
        @DefaultValue("parindex") String database,
        Path baseDir,
        @DefaultValue("false") boolean deleteDataOnStop) {}
