package dev.hearth.platform.local;

import de.bwaldvogel.mongo.backend.KeyValue;
import java.nio.ByteBuffer;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

/**
 * H2's {@link ObjectDataType} for the keys of the Mongo server's unique indexes ({@code _id} among
 * them), comparing the common keys in exactly its order but without its cost. An index key is a
 * {@link KeyValue}, which is not {@code Comparable}, so H2 orders two keys by their Java
 * serializations, and serializes both at every step of every lookup's binary search: under
 * {@code ./hearth bench} at 400 commands/s that was half of the Mongo host's allocation (~550 MB/s).
 *
 * <p>Every view's {@code _id} is one short ASCII string (a UUID, {@code coupleId:2026-W49}…). The
 * serializations of two such keys are the same bytes up to the string: then its length (one byte
 * below 128), then its characters (one byte each). So they order by length, then by characters, and
 * that is what this compares, with no serialization. Any other key (several values, a number, a
 * longer or non-ASCII string) is compared as H2 compares it.
 *
 * <p>Written, H2 Java-serializes a key too (an {@code ObjectOutputStream} for each key of each index
 * page it stores); a key of one string is written instead as the tag {@link #ONE_STRING} and the
 * string, above every tag of H2's. Every other key, and every key of a store written before, is
 * written and read as H2 does.
 */
final class IndexKeyType extends ObjectDataType {

    /** Longest string whose serialized length is one byte (the high byte of the two-byte length is 0 below 128). */
    private static final int SHORT = 127;

    /** Above every tag of H2's {@link ObjectDataType} (its largest is 119) and beside {@link BsonBytesType#BSON}. */
    static final byte ONE_STRING = (byte) 0xB6;

    @Override
    public void write(WriteBuffer buffer, Object key) {
        String value = key instanceof KeyValue keyValue ? oneString(keyValue) : null;
        if (value == null) {
            super.write(buffer, key);
            return;
        }
        buffer.put(ONE_STRING).putVarInt(value.length()).putStringData(value, value.length());
    }

    @Override
    public Object read(ByteBuffer buffer) {
        if (buffer.get(buffer.position()) != ONE_STRING) {
            return super.read(buffer);
        }
        buffer.get();
        return new KeyValue(DataUtils.readString(buffer));
    }

    /**
     * What a key takes on the heap, by which H2 splits pages and fills its cache: for a key of one string
     * its objects (the key, its list, the string); for others H2's guess from the last keys it serialized.
     */
    @Override
    public int getMemory(Object key) {
        String value = key instanceof KeyValue keyValue ? oneString(keyValue) : null;
        return value == null ? super.getMemory(key) : 112 + 2 * value.length();
    }

    @Override
    public int compare(Object a, Object b) {
        if (a instanceof KeyValue left && b instanceof KeyValue right) {
            if (left == right) {
                return 0;
            }
            String l = shortAscii(left);
            String r = shortAscii(right);
            if (l != null && r != null) {
                return l.length() != r.length() ? Integer.compare(l.length(), r.length()) : l.compareTo(r);
            }
        }
        return super.compare(a, b);
    }

    private static String oneString(KeyValue key) {
        return key.size() == 1 && key.get(0) instanceof String value ? value : null;
    }

    /** The key's one value when it is a string of at most 127 characters from 1 to 127, else null. */
    private static String shortAscii(KeyValue key) {
        String value = oneString(key);
        if (value == null || value.length() > SHORT) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == 0 || c > 127) {
                return null;
            }
        }
        return value;
    }
}
