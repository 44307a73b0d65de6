package dev.hearth.platform.local;

import de.bwaldvogel.mongo.backend.KeyValue;
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
 * longer or non-ASCII string) is compared as H2 compares it. Same order, and writing and reading keys
 * is H2's own: a store written with either type is read correctly by the other.
 */
final class IndexKeyType extends ObjectDataType {

    /** Longest string whose serialized length is one byte (the high byte of the two-byte length is 0 below 128). */
    private static final int SHORT = 127;

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

    /** The key's one value when it is a string of at most 127 characters from 1 to 127, else null. */
    private static String shortAscii(KeyValue key) {
        if (key.size() != 1 || !(key.get(0) instanceof String value) || value.length() > SHORT) {
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
