package dev.hearth.platform.local;

import static dev.hearth.platform.local.H2Servers.withServer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.types.Binary;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BsonBytesTypeTest {

    @TempDir
    Path home;

    @Test
    void a_document_of_every_type_a_view_stores_comes_back_equal() {
        Document document = new Document("_id", "couple-1:2026-W49")
                .append("count", 42)
                .append("sum", 1L << 40)
                .append("trust", 66.7)
                .append("open", true)
                .append("none", null)
                .append("at", Instant.parse("2026-12-07T01:02:03.456Z"))
                .append("recent", new BinData(new byte[] {1, 2, 3, (byte) 0xff}))
                .append("items", List.of(new Document("promiseId", "p-1").append("status", "OPEN"), "two", 3))
                .append("nested", new Document("a", new Document("b", "c")))
                .append("oid", new ObjectId());
        BsonBytesType type = new BsonBytesType();
        byte[] bson = BsonBytesType.encode(document);

        byte[] stored = type.read(written(type, bson));
        Document read = BsonBytesType.decode(stored);

        assertThat(read).isEqualTo(document);
        assertThat(read.get("recent")).isEqualTo(document.get("recent"));
        assertThat(type.compare(stored, bson)).isZero();
        assertThat(type.compare(stored, BsonBytesType.encode(new Document(document).append("count", 43)))).isNotZero();
        assertThat(type.getMemory(stored)).isGreaterThan(stored.length);
    }

    @Test
    void a_collection_holds_its_documents_as_bson_in_memory_not_decoded() {
        withServer(home.resolve("hearth.mv"), IndexedH2Backend::new, (collection, store) -> {
            collection.insertOne(new org.bson.Document("_id", "c-1").append("items", List.of(new org.bson.Document("p", 1))));
            collection.updateOne(Filters.eq("_id", "c-1"), Updates.set("n", 2));

            Object held = store.openMap("databases.hearth_test.views").get("c-1");

            assertThat(held).isInstanceOf(byte[].class);
            assertThat(BsonBytesType.decode((byte[]) held))
                    .isEqualTo(new Document("_id", "c-1").append("items", List.of(new Document("p", 1))).append("n", 2));
            assertThat(collection.find(Filters.eq("_id", "c-1")).first()).containsEntry("n", 2);
        });
    }

    @Test
    void a_store_written_here_is_read_back_after_a_restart_with_its_collections_and_indexes() {
        Path file = home.resolve("restarted.mv");
        withServer(file, IndexedH2Backend::new, (collection, store) -> {
            for (int i = 0; i < 300; i++) {
                collection.insertOne(new org.bson.Document("_id", "r-" + i).append("slot", i));
            }
            collection.updateOne(Filters.eq("_id", "r-7"), Updates.set("slot", -7));
        });

        withServer(file, IndexedH2Backend::new, (collection, store) -> {
            assertThat(collection.countDocuments()).isEqualTo(300);
            assertThat(collection.find(Filters.eq("_id", "r-7")).first()).containsEntry("slot", -7);
            assertThat(collection.find(Filters.eq("_id", "r-299")).first()).containsEntry("slot", 299);
            assertThatThrownBy(() -> collection.insertOne(new org.bson.Document("_id", "r-1")))
                    .as("the unique _id index came back too").hasMessageContaining("E11000");
        });
    }

    @Test
    void a_document_h2_wrote_by_java_serialization_is_read_as_it_was() {
        Document document = new Document("_id", "p-1").append("n", 7L).append("items", List.of(new Document("x", 1)));
        WriteBuffer buffer = new WriteBuffer();
        new ObjectDataType().write(buffer, document);

        assertThat(BsonBytesType.decode(new BsonBytesType().read(buffer.getBuffer().flip()))).isEqualTo(document);
    }

    @Test
    void a_store_of_java_serialized_documents_is_read_and_each_document_becomes_bson_when_it_is_written_again() {
        Path file = home.resolve("hearth.mv");
        withServer(file, H2Backend::new, (collection, store) -> {
            for (int i = 0; i < 500; i++) {
                collection.insertOne(new org.bson.Document("_id", "d-" + i).append("slot", i).append("items", List.of(i, "x")));
            }
        });
        assertThat(tagsOfStoredDocuments(file)).containsExactly(Map.entry(serializedObjectTag(), 500));

        withServer(file, IndexedH2Backend::new, (collection, store) -> {
            for (int i = 0; i < 500; i++) {
                org.bson.Document found = collection.find(Filters.eq("_id", "d-" + i)).first();
                assertThat(found).as("d-%d", i).isNotNull();
                assertThat(found.getInteger("slot")).isEqualTo(i);
            }
            assertThat(collection.find(Filters.gte("slot", 498)).into(new ArrayList<>())).hasSize(2);
            for (int i = 0; i < 500; i += 2) {
                collection.replaceOne(Filters.eq("_id", "d-" + i), new org.bson.Document("_id", "d-" + i).append("slot", -i)
                        .append("bytes", new Binary(new byte[] {9, 8})), new ReplaceOptions().upsert(true));
            }
        });
        // Every replaced document is BSON; so are the others on pages the replacements rewrote.
        Map<Byte, Integer> tags = tagsOfStoredDocuments(file);
        assertThat(tags.get(BsonBytesType.BSON)).isGreaterThanOrEqualTo(250);
        assertThat(tags.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(500);

        withServer(file, IndexedH2Backend::new, (collection, store) -> {
            for (int i = 0; i < 500; i++) {
                org.bson.Document found = collection.find(Filters.eq("_id", "d-" + i)).first();
                assertThat(found).as("d-%d", i).isNotNull();
                assertThat(found.getInteger("slot")).isEqualTo(i % 2 == 0 ? -i : i);
            }
            assertThat(collection.countDocuments()).isEqualTo(500);
        });
    }

    private static ByteBuffer written(BsonBytesType type, byte[] bson) {
        WriteBuffer buffer = new WriteBuffer();
        type.write(buffer, bson);
        return buffer.getBuffer().flip();
    }

    private static byte serializedObjectTag() {
        WriteBuffer buffer = new WriteBuffer();
        new ObjectDataType().write(buffer, new Document("_id", "any"));
        return buffer.getBuffer().get(0);
    }

    /** How many stored documents start with each tag (both formats are a tag, a length and the bytes). */
    private static Map<Byte, Integer> tagsOfStoredDocuments(Path file) {
        Map<Byte, Integer> tags = new TreeMap<>();
        MVStore store = new MVStore.Builder().fileName(file.toString()).readOnly().open();
        try {
            MVMap<Object, Byte> data = store.openMap("databases.hearth_test.views", new MVMap.Builder<Object, Byte>().valueType(new TagOnly()));
            data.values().forEach(tag -> tags.merge(tag, 1, Integer::sum));
        } finally {
            store.close();
        }
        return tags;
    }

    /** Reads a stored value's tag and skips its length-prefixed bytes. */
    private static final class TagOnly extends BasicDataType<Byte> {

        @Override
        public int getMemory(Byte tag) {
            return 16;
        }

        @Override
        public void write(WriteBuffer buffer, Byte tag) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public Byte read(ByteBuffer buffer) {
            byte tag = buffer.get();
            int length = DataUtils.readVarInt(buffer);
            buffer.position(buffer.position() + length);
            return tag;
        }

        @Override
        public Byte[] createStorage(int size) {
            return new Byte[size];
        }
    }
}
