package dev.hearth.platform.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The host JVM of {@code ./hearth}'s PostgreSQL: a durable {@link LocalPostgres} (fsync and
 * synchronous commit on) on a kept data directory, with the platform's databases; on SIGTERM it
 * stops the server with a fast shutdown.
 *
 * <p>Arguments: {@code --data DIR --port N [--database NAME]... [--startup-timeout SECONDS]
 * [--exit-on-stdin-eof]}.
 */
public final class PostgresMain {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresMain.class);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(60);

    private PostgresMain() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        if (options.exitWithParent()) {
            ParentWatchdog.watch(System.in, "postgres", SHUTDOWN_WAIT.plusSeconds(10));
        }
        LocalPostgres postgres = LocalPostgres.builder(options.data())
                .port(options.port())
                .durable()
                .startupTimeout(options.startupTimeout())
                // The server inherits our stdout, the log file, and keeps writing there.
                .inheritOutput()
                .start();
        if (postgres.leftover() != Postmaster.Leftover.NONE) {
            LOG.warn("a PostgreSQL server left running on {} by an earlier run: {}", options.data(), postgres.leftover());
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            postgres.close();
            LOG.info("PostgreSQL stopped");
        }, "postgres-stop"));
        for (String database : options.databases()) {
            if (postgres.createDatabaseIfMissing(database)) {
                LOG.info("created database {}", database);
            }
        }
        LOG.info("PostgreSQL ready on port {} (server pid {}), data in {}, databases {}", options.port(),
                postgres.serverPid().isPresent() ? postgres.serverPid().getAsLong() : "?", options.data(),
                options.databases());
        new CountDownLatch(1).await();
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
                    case "--database" -> databases.add(LocalPostgres.databaseName(value(args, ++i)));
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

    }
}
