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
 * How the Mongo server's H2 store holds a collection's documents, on disk and in its page cache: as
 * their BSON bytes. H2's default for values it does not know is Java serialization on disk and the
 * decoded object in memory; a page cache of decoded documents (a map, its entries, keys and values for
 * each) kept the host's old generation full of small objects that every young collection had to scan
 * and copy. A byte array has no references to follow: decoding happens per read, in garbage that
 * dies young ({@link BsonCollection}).
 *
 * <p>On disk a value is a tag byte, its length and the BSON. {@link #BSON} is this type's; every tag
 * H2's {@link ObjectDataType} writes is below it, so a store written before (Java-serialized documents)
 * is read as it was, each document re-encoded as BSON when read, and written as BSON the next time
 * its page changes.
 */
final class BsonBytesType extends BasicDataType<byte[]> {

    /** Above every tag of H2's {@link ObjectDataType} (its largest is 119, a short byte array's). */
    static final byte BSON = (byte) 0xB5;

    private final ObjectDataType before = new ObjectDataType();

    @Override
    public int getMemory(byte[] bson) {
        // The array's header and length, as H2 counts memory for its own byte arrays.
        return 24 + bson.length;
    }

    @Override
    public void write(WriteBuffer buffer, byte[] bson) {
        buffer.put(BSON).putVarInt(bson.length).put(bson);
    }

    @Override
    public byte[] read(ByteBuffer buffer) {
        if (buffer.get(buffer.position()) != BSON) {
            return encode((Document) before.read(buffer));
        }
        buffer.get();
        byte[] bson = new byte[DataUtils.readVarInt(buffer)];
        buffer.get(bson);
        return bson;
    }

    /**
     * Documents are never ordered, only told equal or not (H2 asks when a map's value is replaced
     * conditionally): by their BSON, which is what a client would see.
     */
    @Override
    public int compare(byte[] a, byte[] b) {
        return Arrays.compare(a, b);
    }

    @Override
    public byte[][] createStorage(int size) {
        return new byte[size][];
    }

    /** A document's BSON, as a client would have sent it. */
    static byte[] encode(Document document) {
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

    /** A fresh document of {@code bson}: the caller may change it. */
    static Document decode(byte[] bson) {
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson));
    }
}
