package dev.hearth.platform.test;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import org.jspecify.annotations.Nullable;

/**
 * One mongo-java-server per JVM: the MongoDB wire protocol over an in-memory store, started on
 * first use on a free port. Clients use the ordinary MongoDB driver against it.
 */
public final class TestMongo {

    private static @Nullable MongoServer server;
    private static int port;

    private TestMongo() {
    }

    /** {@code mongodb://localhost:<port>}. */
    public static String connectionString() {
        return "mongodb://localhost:" + port();
    }

    public static synchronized int port() {
        if (server == null) {
            MongoServer started = new MongoServer(new MemoryBackend());
            // Binding port 0 lets the OS choose, with no window for another process to take it.
            InetSocketAddress address = started.bind();
            port = address.getPort();
            server = started;
            Runtime.getRuntime().addShutdownHook(new Thread(started::shutdownNow, "test-mongo-shutdown"));
        }
        return port;
    }
}
