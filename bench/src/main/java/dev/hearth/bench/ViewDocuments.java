package dev.hearth.bench;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.bson.BsonValue;
import org.bson.RawBsonDocument;

/**
 * The largest document of each collection of the read-model databases, by its BSON size as the
 * server sends it. The bench may scan (the services may not): each collection is read in natural
 * order up to a bound, so on a big collection the figure is "the largest of the first N".
 */
final class ViewDocuments {

    static final List<String> DATABASES = List.of("hearth_commitment", "hearth_insights", "hearth_journal");

    /** One collection: how many documents it holds (estimated), how many were read and whether that was all, the largest. */
    record Largest(String database, String collection, long documents, long scanned, boolean complete, long largestBytes,
                   String largestId) {
    }

    private ViewDocuments() {
    }

    static List<Largest> scan(String uri, int limit) {
        MongoClientSettings settings = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(5, TimeUnit.SECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout(5, TimeUnit.SECONDS).readTimeout(120, TimeUnit.SECONDS))
                .build();
        List<Largest> found = new ArrayList<>();
        try (MongoClient client = MongoClients.create(settings)) {
            for (String database : DATABASES) {
                for (String name : client.getDatabase(database).listCollectionNames()) {
                    MongoCollection<RawBsonDocument> collection = client.getDatabase(database).getCollection(name, RawBsonDocument.class);
                    long scanned = 0;
                    long largest = 0;
                    String largestId = "";
                    try (MongoCursor<RawBsonDocument> cursor = collection.find().limit(limit).batchSize(500).iterator()) {
                        while (cursor.hasNext()) {
                            RawBsonDocument document = cursor.next();
                            scanned++;
                            int size = document.getByteBuffer().remaining();
                            if (size > largest) {
                                largest = size;
                                largestId = Optional.ofNullable(document.get("_id")).map(ViewDocuments::idText).orElse("?");
                            }
                        }
                    }
                    found.add(new Largest(database, name, collection.estimatedDocumentCount(), scanned, scanned < limit, largest, largestId));
                }
            }
        }
        return found;
    }

    static Optional<Largest> largest(List<Largest> collections) {
        return collections.stream().max(Comparator.comparingLong(Largest::largestBytes));
    }

    private static String idText(BsonValue id) {
        return id.isString() ? id.asString().getValue() : id.toString();
    }
}
