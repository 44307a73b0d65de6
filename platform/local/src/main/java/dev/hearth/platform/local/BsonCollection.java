package dev.hearth.platform.local;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractSynchronizedMongoCollection;
import de.bwaldvogel.mongo.backend.Assert;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.stream.Stream;
import org.h2.mvstore.MVMap;

/**
 * A collection of the local Mongo server over one H2 map from a document's key to its BSON
 * ({@link BsonBytesType}): what mongo-java-server's {@code H2Collection} does, with each document
 * encoded when it is stored and decoded when it is read, never held decoded by the store.
 *
 * <p>The collection does not keep its data size on every write: the library would BSON-encode the old
 * and the new document of each update to count it and rewrite a meta map with it. Only
 * {@code collStats} and {@code validate} read the size, and nothing in Hearth asks for them: they add
 * up the stored lengths when asked.
 */
final class BsonCollection extends AbstractSynchronizedMongoCollection<Object> {

    private final MVMap<Object, byte[]> documents;

    BsonCollection(MongoDatabase database, String collectionName, CollectionOptions options,
                   MVMap<Object, byte[]> documents, CursorRegistry cursors) {
        super(database, collectionName, options, cursors);
        this.documents = documents;
    }

    @Override
    protected Object addDocumentInternal(Document document) {
        Object key = getIdField() != null ? Utils.getSubdocumentValue(document, getIdField()) : UUID.randomUUID();
        byte[] previous = documents.put(Missing.ofNullable(key), BsonBytesType.encode(document));
        Assert.isNull(previous, () -> "a document with key '" + key + "' already existed in " + this);
        return key;
    }

    @Override
    protected void handleUpdate(Object key, Document oldDocument, Document newDocument) {
        documents.put(Missing.ofNullable(key), BsonBytesType.encode(newDocument));
    }

    @Override
    protected Document getDocument(Object key) {
        byte[] bson = documents.get(key);
        return bson == null ? null : BsonBytesType.decode(bson);
    }

    @Override
    protected void removeDocument(Object key) {
        if (documents.remove(key) == null) {
            throw new NoSuchElementException("no document with key " + key);
        }
    }

    @Override
    public int count() {
        return documents.size();
    }

    @Override
    public boolean isEmpty() {
        return documents.isEmpty();
    }

    @Override
    protected Stream<DocumentWithPosition<Object>> streamAllDocumentsWithPosition() {
        return documents.entrySet().stream()
                .map(stored -> new DocumentWithPosition<>(BsonBytesType.decode(stored.getValue()), stored.getKey()));
    }

    @Override
    protected QueryResult matchDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
                                         Document fieldSelector) {
        Stream<Document> candidates = isNaturalDescending(orderBy)
                ? streamAllDocumentsWithPosition()
                        .sorted((a, b) -> ValueComparator.desc().compare(a.getPosition(), b.getPosition()))
                        .map(DocumentWithPosition::getDocument)
                : documents.values().stream().map(BsonBytesType::decode);
        return matchDocumentsFromStream(candidates, query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }

    @Override
    protected boolean tracksDataSize() {
        return false;
    }

    @Override
    protected void updateDataSize(int sizeDelta) {
        // Not kept: see the class comment.
    }

    @Override
    protected int getDataSize() {
        long size = documents.values().stream().mapToLong(bson -> bson.length).sum();
        return (int) Math.min(Integer.MAX_VALUE, size);
    }
}
