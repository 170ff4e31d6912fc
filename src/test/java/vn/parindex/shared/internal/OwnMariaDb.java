package vn.parindex.shared.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A MariaDB server a test owns, started with the portal's own embedded-server code (loopback,
 * credentials, shared unpacked binaries) on a fixed port and a data directory that survives a
 * restart, so the test can stop, kill and start it while a pool keeps the same URL. Deleted on close.
 */
public final class OwnMariaDb implements AutoCloseable {

    private final Path dataDir;
    private final EmbeddedMariaDb server;

    public OwnMariaDb(String database) {
        dataDir = Path.of(System.getProperty("java.io.tmpdir"), "parindex-own-db-" + UUID.randomUUID());
        server = new EmbeddedMariaDb(new EmbeddedDbProperties(dataDir, freePort(), database, null, false));
    }

    public void start() {
        server.start();
    }

    /** Stops the server as a service stop does (SIGTERM, clean shutdown). */
    public void stop() {
        server.stop();
    }

    public String jdbcUrl() {
        return server.jdbcUrl();
    }

    public String username() {
        return server.username();
    }

    public String password() {
        return server.password();
    }

    @Override
    public void close() {
        server.stop();
        for (Path dir : new Path[] {
            dataDir, dataDir.resolveSibling(dataDir.getFileName() + "-tmp"), EmbeddedMariaDb.passwordFile(dataDir)
        }) {
            if (Files.exists(dir)) {
                try (Stream<Path> paths = Files.walk(dir)) {
                    paths.sorted(Comparator.reverseOrder())
                            .forEach(path -> path.toFile().delete());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
