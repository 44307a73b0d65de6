package dev.hearth.platform.test;

import dev.hearth.platform.local.LocalMongo;
import org.jspecify.annotations.Nullable;

/**
 * One Mongo wire server per JVM ({@link LocalMongo} over an in-memory store), started on first
 * use on a free port. Clients use the ordinary MongoDB driver against it.
 */
public final class TestMongo {

    private static @Nullable LocalMongo server;

    private TestMongo() {
    }

    /** {@code mongodb://localhost:<port>}. */
    public static String connectionString() {
        return "mongodb://localhost:" + port();
    }

    public static synchronized int port() {
        LocalMongo running = server;
        if (running == null) {
            running = LocalMongo.inMemory();
            Runtime.getRuntime().addShutdownHook(new Thread(running::close, "test-mongo-shutdown"));
            server = running;
        }
        return running.port();
    }
}
