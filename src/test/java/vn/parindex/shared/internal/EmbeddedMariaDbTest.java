package vn.parindex.shared.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The embedded database keeps its data across restarts, even in a folder under the temp folder. */
class EmbeddedMariaDbTest {

    @Test
    void dataSurvivesARestartAndTheServerStopsCleanly() throws Exception {
        Path dataDir = Files.createTempDirectory("parindex-restart-").resolve("mariadb");
        EmbeddedDbProperties properties = new EmbeddedDbProperties(dataDir, 0, "restart_test", null, false);

        EmbeddedMariaDb first = new EmbeddedMariaDb(properties);
        first.start();
        try (Connection connection = DriverManager.getConnection(first.jdbcUrl(), "root", "");
                Statement statement = connection.createStatement()) {
            statement.execute("create table kept (name varchar(50))");
            statement.execute("insert into kept values ('Hải Dương')");
        } finally {
            first.stop();
        }
        assertThat(dataDir.resolve("restart_test")).isDirectory();

        EmbeddedMariaDb second = new EmbeddedMariaDb(properties);
        second.start();
        try (Connection connection = DriverManager.getConnection(second.jdbcUrl(), "root", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select name from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("Hải Dương");
        } finally {
            second.stop();
        }
        assertThat(canConnect(second.jdbcUrl()))
                .as("stopped server still answers")
                .isFalse();
    }

    private static boolean canConnect(String url) {
        try (Connection ignored = DriverManager.getConnection(url, "root", "")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }
}
