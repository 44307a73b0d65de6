package dev.hearth.platform.local;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.bson.Document;
import org.h2.mvstore.MVStore;

/** A Mongo wire server over an H2 file for one piece of work, with the backend under test, then closed. */
final class H2Servers {

    private H2Servers() {
    }

    static void withServer(Path file, Function<MVStore, H2Backend> backend,
                           BiConsumer<MongoCollection<Document>, MVStore> work) {
        MVStore store = new MVStore.Builder().fileName(file.toString()).cacheSize(4).open();
        MongoServer server = new MongoServer(backend.apply(store));
        try {
            String address = "mongodb://localhost:" + server.bind().getPort();
            try (MongoClient client = MongoClients.create(address)) {
                work.accept(client.getDatabase("hearth_test").getCollection("views"), store);
            }
        } finally {
            server.shutdown();
        }
    }
}
