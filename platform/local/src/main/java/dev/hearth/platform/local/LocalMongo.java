package dev.hearth.platform.local;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.h2.mvstore.MVStore;

/**
 * The MongoDB wire protocol in this JVM (mongo-java-server), the one way Hearth runs MongoDB
 * locally: over an H2 file with a large page cache for {@code ./hearth} (in its own JVM,
 * {@link MongoMain}), in memory for tests. Clients use the ordinary MongoDB driver against it.
 *
 * <p>Closing it closes the store, which writes what H2's background committer has not yet
 * written: a file-backed server must be closed (SIGTERM to its host, never SIGKILL).
 */
public final class LocalMongo implements AutoCloseable {

    /**
     * Read models are read far more than written: the cache keeps them off the disk. Documents are
     * cached as their BSON ({@link BsonBytesType}), so 64 MB holds as many as 256 MB held decoded, in a
     * quarter of the heap; a larger cache only made each young collection of the host longer.
     */
    public static final int DEFAULT_CACHE_MB = 64;

    private final MongoServer server;
    private final int port;

    private LocalMongo(MongoBackend backend, int port) {
        this.server = new MongoServer(backend);
        try {
            server.bind("localhost", port);
        } catch (Exception e) {
            // Netty throws a BindException undeclared. Closing releases the store's file lock for a retry.
            server.shutdownNow();
            throw new IllegalStateException("the Mongo wire server cannot listen on localhost:" + port, e);
        }
        this.port = server.getLocalAddress().getPort();
    }

    /** A server over an in-memory store on a port the operating system picks (no window for another process to take it). */
    public static LocalMongo inMemory() {
        return new LocalMongo(new MemoryBackend(), 0);
    }

    /**
     * A server over the H2 MVStore {@code file} (created if missing) with a page cache of
     * {@code cacheMb} on the heap, listening on {@code port} (0: a free one).
     */
    public static LocalMongo inFile(Path file, int cacheMb, int port) {
        if (cacheMb <= 0) {
            throw new IllegalArgumentException("the Mongo cache needs at least 1 MB");
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder of " + file, e);
        }
        MVStore store = new MVStore.Builder().fileName(file.toString()).cacheSize(cacheMb).open();
        // The server's shutdown closes the backend, which commits and closes the store.
        return new LocalMongo(new IndexedH2Backend(store), port);
    }

    public int port() {
        return port;
    }

    /** {@code mongodb://localhost:<port>}. */
    public String connectionString() {
        return "mongodb://localhost:" + port;
    }

    /** Closes the clients and the store. */
    @Override
    public void close() {
        server.shutdownNow();
    }
}
