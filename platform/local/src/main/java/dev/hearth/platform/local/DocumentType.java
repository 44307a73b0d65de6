package dev.hearth.platform.local;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * How the Mongo server's H2 store writes a collection's documents: as BSON, the bytes they came in
 * as over the wire, instead of H2's default for values it does not know, Java serialization of
 * the document's {@code LinkedHashMap} (an {@code ObjectOutputStream} per document each time its page
 * is written, with class descriptors and a handle table, and as much again to read it back).
 *
 * <p>A value starts with a tag byte. {@link #BSON} is this type's; every tag H2's
 * {@link ObjectDataType} writes is below it, so a store written before (Java-serialized documents)
 * is read as it was, and each page is written as BSON the next time it changes.
 */
final class DocumentType extends BasicDataType<Document> {

    /** Above every tag of H2's {@link ObjectDataType} (its largest is 119, a short byte array's). */
    static final byte BSON = (byte) 0xB5;

    private final ObjectDataType before = new ObjectDataType();
    /** Bytes a document takes on the heap, estimated from its BSON (a moving average, as H2 keeps one). */
    private volatile int averageMemory = 1_024;

    @Override
    public int getMemory(Document document) {
        return averageMemory;
    }

    @Override
    public void write(WriteBuffer buffer, Document document) {
        byte[] bson = bson(document);
        remember(bson.length);
        buffer.put(BSON).putVarInt(bson.length).put(bson);
    }

    @Override
    public Document read(ByteBuffer buffer) {
        if (buffer.get(buffer.position()) != BSON) {
            return (Document) before.read(buffer);
        }
        buffer.get();
        int length = DataUtils.readVarInt(buffer);
        ByteBuf bson = Unpooled.wrappedBuffer(buffer.slice(buffer.position(), length));
        buffer.position(buffer.position() + length);
        remember(length);
        return BsonDecoder.decodeBson(bson);
    }

    /**
     * Documents are never ordered, only told equal or not (H2 asks when a map's value is replaced
     * conditionally): by their BSON, which is what a client would see.
     */
    @Override
    public int compare(Document a, Document b) {
        if (a == b) {
            return 0;
        }
        return Arrays.compare(bson(a), bson(b));
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }

    private void remember(int bsonLength) {
        // A decoded document holds its map, entries, keys and values: a few times its BSON.
        averageMemory = (int) ((bsonLength * 4L + 15L * averageMemory) / 16);
    }

    /** The length of the document's BSON. */
    static int bsonLength(Document document) {
        return bson(document).length;
    }

    private static byte[] bson(Document document) {
        ByteBuf bson = Unpooled.buffer(256);
        try {
            BsonEncoder.encodeDocument(document, bson);
            byte[] bytes = new byte[bson.readableBytes()];
            bson.readBytes(bytes);
            return bytes;
        } finally {
            bson.release();
        }
    }
}
