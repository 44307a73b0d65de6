package dev.hearth.platform.local;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.backend.h2.H2UniqueIndex;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend with H2's Java serialization taken out of its paths: unique indexes
 * compare keys through {@link IndexKeyType} instead of serializing them at every comparison and write
 * a key of one string as the string; collections hold their documents as BSON, on disk and in memory
 * ({@link BsonCollection}), and do not re-encode both versions of every updated document to keep a size
 * nothing reads. Everything else is the library's: each map has the name it always had, and a store
 * written the library's way is read as it was (each page changes format when it is next written). The
 * library's own backend cannot read a store written here.
 */
final class IndexedH2Backend extends H2Backend {

    // The library builds its index over a map it opened itself; its constructor is package-private.
    private static final Constructor<H2UniqueIndex> UNIQUE_INDEX = uniqueIndexConstructor();

    IndexedH2Backend(MVStore store) {
        super(store);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new IndexedH2Database(databaseName, getCursorRegistry());
    }

    // An inner class: H2Database's constructor opens the stored indexes, before a field of its own could be set.
    private final class IndexedH2Database extends H2Database {

        IndexedH2Database(String databaseName, CursorRegistry cursors) {
            super(databaseName, getMvStore(), cursors);
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            // The names H2Database gives a collection's maps.
            String fullName = getFullCollectionNamespace(collectionName);
            MVMap<Object, byte[]> documents = getMvStore().openMap("databases." + fullName,
                    new MVMap.Builder<Object, byte[]>().valueType(new BsonBytesType()));
            return new BsonCollection(this, collectionName, options, documents, cursorRegistry);
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                        boolean sparse) {
            // The name H2Database gives an index's map; a key type of its own, as H2 gives every map (its
            // ObjectDataType keeps per-instance state).
            String mapName = getFullCollectionNamespace(collectionName) + "._index_" + indexName;
            MVMap<KeyValue, Object> map = getMvStore().openMap(mapName,
                    new MVMap.Builder<KeyValue, Object>().keyType(new IndexKeyType()));
            try {
                return UNIQUE_INDEX.newInstance(map, indexName, keys, sparse);
            } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot open the index " + mapName, e);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Constructor<H2UniqueIndex> uniqueIndexConstructor() {
        try {
            Constructor<H2UniqueIndex> constructor = H2UniqueIndex.class.getDeclaredConstructor(MVMap.class, String.class,
                    List.class, boolean.class);
            constructor.setAccessible(true);
            return constructor;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("mongo-java-server's H2UniqueIndex changed: " + e.getMessage(), e);
        }
    }
}
