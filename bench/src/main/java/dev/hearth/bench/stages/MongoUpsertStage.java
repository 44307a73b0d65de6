package dev.hearth.bench.stages;

import com.mongodb.MongoClientSettings;
import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.bson.Document;

/**
 * Upserts view-like documents by {@code _id} alone into a scratch database on the platform's Mongo
 * server: one {@code replaceOne} per round trip (what a view that writes per event costs), and
 * ordered {@code bulkWrite}s (what a view that folds a poll per document costs). Each worker owns
 * its documents, as a view has one writer per document. The database is dropped afterwards.
 */
public final class MongoUpsertStage {

    /** Documents per worker: a few times fewer than the upserts, so most are updates, as in a view. */
    private static final int DOCUMENTS_PER_WORKER = 1_000;

    private final String uri;
    private final String database;
    private final Cleanups cleanups;

    public MongoUpsertStage(String uri, String runId, Cleanups cleanups) {
        this.uri = uri;
        this.database = "hearth_bench_scratch_" + runId.replaceAll("[^A-Za-z0-9]", "");
        this.cleanups = cleanups;
    }

    public List<StageResult> run(Duration each, int concurrency, int batch) {
        String single = "Mongo upsert by _id, 1/round trip";
        String bulk = "Mongo upsert by _id, bulkWrite of " + batch;
        String note = "scratch database " + database + ", ~" + sampleDocument("x", 0).toJson().length() + " B documents, "
                + DOCUMENTS_PER_WORKER + " per worker";
        MongoClientSettings settings = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(5, TimeUnit.SECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout(5, TimeUnit.SECONDS).readTimeout(60, TimeUnit.SECONDS))
                .applyToConnectionPoolSettings(pool -> pool.maxSize(Math.max(concurrency, 2)))
                .build();
        try (MongoClient client = MongoClients.create(settings)) {
            Runnable drop = cleanups.register("the scratch Mongo database " + database, () -> client.getDatabase(database).drop());
            try {
                MongoCollection<Document> views = client.getDatabase(database).getCollection("views");
                List<StageResult> results = new ArrayList<>();
                results.add(measure(single, true, concurrency, each, 1, views, note));
                results.add(measure(bulk, false, concurrency, each, batch, views, note + "; latency is per bulkWrite"));
                return results;
            } finally {
                drop.run();
            }
        } catch (RuntimeException e) {
            return List.of(StageResult.failed(single, "upsert", true, concurrency, note, e),
                    StageResult.failed(bulk, "upsert", false, concurrency, note, e));
        }
    }

    private static StageResult measure(String name, boolean pipeline, int concurrency, Duration duration, int batch,
                                       MongoCollection<Document> views, String note) {
        try {
            TimedLoop.Outcome outcome = TimedLoop.run(concurrency, duration, index -> new Upserter(views, index, batch));
            return new StageResult(name, "upsert", pipeline, concurrency, outcome.ops(), outcome.seconds(),
                    outcome.ops() / outcome.seconds(), outcome.stepMillis().p50(), outcome.stepMillis().p99(), note, null);
        } catch (Exception e) {
            return StageResult.failed(name, "upsert", pipeline, concurrency, note, e);
        }
    }

    private static final class Upserter implements TimedLoop.Worker {
        private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);
        private final MongoCollection<Document> views;
        private final String prefix = UUID.randomUUID() + ":";
        private final int batch;
        private long written;

        Upserter(MongoCollection<Document> views, int index, int batch) {
            this.views = views;
            this.batch = batch;
        }

        @Override
        public int step() {
            if (batch == 1) {
                String id = nextId();
                views.replaceOne(Filters.eq("_id", id), sampleDocument(id, written), UPSERT);
            } else {
                List<WriteModel<Document>> writes = new ArrayList<>(batch);
                for (int i = 0; i < batch; i++) {
                    String id = nextId();
                    writes.add(new ReplaceOneModel<>(Filters.eq("_id", id), sampleDocument(id, written), UPSERT));
                }
                views.bulkWrite(writes, new BulkWriteOptions().ordered(true));
            }
            return batch;
        }

        private String nextId() {
            return prefix + (written++ % DOCUMENTS_PER_WORKER);
        }
    }

    /**
     * A document shaped like a bounded view document: counters, the applied offset and a small
     * ring of recent event ids for deduplication, a dozen items.
     */
    static Document sampleDocument(String id, long version) {
        List<String> ring = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ring.add(String.format(Locale.ROOT, "%036d:%d", version - i, i));
        }
        List<Document> items = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            items.add(new Document("promiseId", String.format(Locale.ROOT, "%036d", i)).append("status", "OPEN")
                    .append("sequence", version));
        }
        return new Document("_id", id).append("version", version).append("offsets", new Document("0", version))
                .append("recent", ring).append("kept", version).append("broken", 0L).append("items", items);
    }
}
