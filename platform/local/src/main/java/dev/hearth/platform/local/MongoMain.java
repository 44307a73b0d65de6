package dev.hearth.platform.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The host JVM of {@code ./hearth}'s Mongo wire server: a {@link LocalMongo} over an H2 MVStore
 * file with a large page cache. On SIGTERM the server closes its clients and the store, which
 * writes what the background committer has not yet written — so stop it with SIGTERM, never
 * SIGKILL, and last, after the services.
 *
 * <p>Arguments: {@code --file FILE --port N [--cache-mb MB] [--exit-on-stdin-eof]}.
 */
public final class MongoMain {

    private static final Logger LOG = LoggerFactory.getLogger(MongoMain.class);

    private MongoMain() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        if (options.exitWithParent()) {
            ParentWatchdog.watch(System.in, "mongo", Duration.ofSeconds(60));
        }
        LocalMongo server = LocalMongo.inFile(options.file(), options.cacheMb(), options.port());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            LOG.info("Mongo wire server stopped, store {} closed", options.file());
        }, "mongo-stop"));
        LOG.info("Mongo wire server ready on port {}, store {}, cache {} MB", options.port(), options.file(),
                options.cacheMb());
        new CountDownLatch(1).await();
    }

    record Options(Path file, int port, int cacheMb, boolean exitWithParent) {

        static Options parse(String[] args) {
            @Nullable Path file = null;
            int port = 0;
            int cacheMb = LocalMongo.DEFAULT_CACHE_MB;
            boolean exitWithParent = false;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--file" -> file = Path.of(value(args, ++i));
                    case "--port" -> port = Integer.parseInt(value(args, ++i));
                    case "--cache-mb" -> cacheMb = Integer.parseInt(value(args, ++i));
                    case ParentWatchdog.FLAG -> exitWithParent = true;
                    default -> throw new IllegalArgumentException("unknown argument " + args[i]);
                }
            }
            if (file == null || port <= 0 || cacheMb <= 0) {
                throw new IllegalArgumentException("usage: MongoMain --file FILE --port N [--cache-mb MB] ["
                        + ParentWatchdog.FLAG + "]");
            }
            return new Options(file.toAbsolutePath(), port, cacheMb, exitWithParent);
        }

        private static String value(String[] args, int index) {
            if (index >= args.length) {
                throw new IllegalArgumentException(args[index - 1] + " needs a value");
            }
            return args[index];
        }
    }
}
