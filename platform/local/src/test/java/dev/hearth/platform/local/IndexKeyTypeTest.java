package dev.hearth.platform.local;

import static dev.hearth.platform.local.H2Servers.withServer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexKeyTypeTest {

    @TempDir
    Path home;

    @Test
    void orders_index_keys_exactly_as_h2_does() {
        ObjectDataType h2 = new ObjectDataType();
        IndexKeyType fast = new IndexKeyType();
        SplittableRandom random = new SplittableRandom(20261206);
        List<KeyValue> keys = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            keys.add(switch (i % 8) {
                case 0 -> new KeyValue(UUID.randomUUID().toString());
                case 1 -> new KeyValue(UUID.randomUUID() + ":" + random.nextInt(200));
                case 2 -> new KeyValue(text(random, 0, 127, 1, 127));
                case 3 -> new KeyValue(text(random, 120, 140, 1, 127));
                case 4 -> new KeyValue(text(random, 0, 20, 0, 300));
                case 5 -> new KeyValue(random.nextInt(1_000));
                case 6 -> new KeyValue(random.nextLong(), "couple-" + random.nextInt(10));
                default -> new KeyValue(random.nextDouble(), null);
            });
        }
        keys.add(new KeyValue(keys.get(0).iterator().next()));

        for (KeyValue a : keys) {
            for (KeyValue b : keys) {
                assertThat(Integer.signum(fast.compare(a, b))).as("%s vs %s", a, b)
                        .isEqualTo(Integer.signum(h2.compare(a, b)));
            }
        }
        assertThat(fast.compare(keys.get(0), keys.get(keys.size() - 1))).as("equal keys, two objects").isZero();
    }

    @Test
    void a_store_written_by_the_librarys_backend_is_read_and_extended_by_ours() {
        Path file = home.resolve("hearth.mv");
        List<String> ids = new ArrayList<>();

        withServer(file, H2Backend::new, (collection, store) -> {
            collection.createIndex(Indexes.ascending("slot"), new IndexOptions().unique(true));
            insert(collection, ids, 0, 1_500);
        });
        withServer(file, IndexedH2Backend::new, (collection, store) -> {
            List<String> indexMaps = store.getMapNames().stream().filter(name -> name.contains("._index_")).toList();
            assertThat(indexMaps).hasSize(2);
            indexMaps.forEach(name -> assertThat(store.openMap(name).getKeyType()).as(name).isInstanceOf(IndexKeyType.class));
            assertEveryIdAndSlotFound(collection, ids);
            insert(collection, ids, 1_500, 3_000);
            assertEveryIdAndSlotFound(collection, ids);
            assertDuplicatesRefused(collection, ids);
        });
        // Read back from the file: the keys written as one string, and those H2 serialized before.
        withServer(file, IndexedH2Backend::new, (collection, store) -> {
            assertEveryIdAndSlotFound(collection, ids);
            assertDuplicatesRefused(collection, ids);
        });
    }

    @Test
    void writes_a_key_of_one_string_without_serializing_it_and_reads_every_key_h2_wrote() {
        ObjectDataType h2 = new ObjectDataType();
        IndexKeyType fast = new IndexKeyType();
        List<KeyValue> keys = List.of(new KeyValue(UUID.randomUUID().toString()), new KeyValue("couple-1:2026-W49"),
                new KeyValue("ünïcödé ✓"), new KeyValue(""), new KeyValue(42), new KeyValue(7L, "couple-2"),
                new KeyValue((Object) null));
        for (KeyValue key : keys) {
            WriteBuffer ours = new WriteBuffer();
            fast.write(ours, key);
            ByteBuffer written = ours.getBuffer().flip();
            assertThat(fast.read(written)).as("%s", key).isEqualTo(key);
            assertThat(written.hasRemaining()).isFalse();
            assertThat(written.get(0) == IndexKeyType.ONE_STRING).as("%s", key).isEqualTo(key.size() == 1 && key.get(0) instanceof String);

            WriteBuffer theirs = new WriteBuffer();
            h2.write(theirs, key);
            assertThat(fast.read(theirs.getBuffer().flip())).as("%s written by H2", key).isEqualTo(key);
        }
    }

    /** A string of {@code from}–{@code to} characters between {@code low} and {@code high}. */
    private static String text(SplittableRandom random, int from, int to, int low, int high) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(from, to + 1);
        for (int i = 0; i < length; i++) {
            text.append((char) random.nextInt(low, high + 1));
        }
        return text.toString();
    }

    private static void insert(MongoCollection<Document> collection, List<String> ids, int from, int to) {
        for (int slot = from; slot < to; slot++) {
            String id = UUID.randomUUID().toString();
            collection.insertOne(new Document("_id", id).append("slot", slot));
            ids.add(id);
        }
    }

    private static void assertEveryIdAndSlotFound(MongoCollection<Document> collection, List<String> ids) {
        for (int slot = 0; slot < ids.size(); slot++) {
            Document byId = collection.find(new Document("_id", ids.get(slot))).first();
            assertThat(byId).as(ids.get(slot)).isNotNull();
            assertThat(byId.getInteger("slot")).isEqualTo(slot);
            assertThat(collection.find(new Document("slot", slot)).first()).isNotNull();
        }
        assertThat(collection.countDocuments()).isEqualTo(ids.size());
    }

    private static void assertDuplicatesRefused(MongoCollection<Document> collection, List<String> ids) {
        assertThatThrownBy(() -> collection.insertOne(new Document("_id", ids.get(ids.size() / 2)).append("slot", -1)))
                .isInstanceOf(MongoWriteException.class);
        assertThatThrownBy(() -> collection.insertOne(new Document("_id", "new").append("slot", 7)))
                .isInstanceOf(MongoWriteException.class);
    }
}
