package vn.parindex.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The grant docs/operations.md describes ("The portal's account cannot change the trail"), against
 * the MariaDB server: an account with INSERT and SELECT only on {@code audit_event} writes and reads
 * events but is refused UPDATE and DELETE. Runs in a scratch database and account, both dropped.
 */
@EnabledIfEnvironmentVariable(named = "PARINDEX_TEST_EXTERNAL_DB_URL", matches = ".+")
class AuditGrantTest {

    @Test
    void thePortalsAccountMayInsertAndReadAuditRowsButNeverChangeThem() throws SQLException {
        String url = System.getenv("PARINDEX_TEST_EXTERNAL_DB_URL");
        String server = url.substring(0, url.lastIndexOf('/') + 1);
        String options = url.contains("?") ? url.substring(url.indexOf('?')) : "";
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String database = "audit_grant_" + suffix;
        String account = "audit_app_" + suffix;
        String password = "Pw-" + UUID.randomUUID();
        try (Connection root = DriverManager.getConnection(
                        server + options,
                        envOr("PARINDEX_TEST_EXTERNAL_DB_USER", "root"),
                        envOr("PARINDEX_TEST_EXTERNAL_DB_PASSWORD", ""));
                Statement admin = root.createStatement()) {
            admin.execute("create database " + database);
            try {
                admin.execute("create table " + database
                        + ".audit_event (id bigint primary key, action varchar(60) not null)");
                admin.execute("create user '" + account + "'@'%' identified by '" + password + "'");
                admin.execute("grant select, insert on " + database + ".audit_event to '" + account + "'@'%'");
                try (Connection app = DriverManager.getConnection(server + database + options, account, password);
                        Statement portal = app.createStatement()) {
                    assertThat(portal.executeUpdate("insert into audit_event values (1, 'LOGIN_SUCCESS')"))
                            .isEqualTo(1);
                    try (var rs = portal.executeQuery("select action from audit_event where id = 1")) {
                        assertThat(rs.next()).isTrue();
                        assertThat(rs.getString(1)).isEqualTo("LOGIN_SUCCESS");
                    }
                    assertThatThrownBy(() -> portal.executeUpdate("update audit_event set action = 'X' where id = 1"))
                            .isInstanceOf(SQLException.class)
                            .hasMessageContaining("UPDATE command denied");
                    assertThatThrownBy(() -> portal.executeUpdate("delete from audit_event where id = 1"))
                            .isInstanceOf(SQLException.class)
                            .hasMessageContaining("DELETE command denied");
                }
                try (var rs = admin.executeQuery("select action from " + database + ".audit_event where id = 1")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo("LOGIN_SUCCESS");
                }
            } finally {
                admin.execute("drop user if exists '" + account + "'@'%'");
                admin.execute("drop database if exists " + database);
            }
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
