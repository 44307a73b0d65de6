package dev.hearth.platform.local;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.bwaldvogel.mongo.backend.KeyValue;
import org.h2.mvstore.type.ObjectDataType;

/**
 * H2's {@link ObjectDataType} for the keys of the Mongo server's unique indexes ({@code _id} among
 * them), comparing them in exactly its order but without its cost. An index key is a
 * {@link KeyValue}, which is not {@code Comparable}, so H2 orders two keys by their Java
 * serializations and serializes both at every step of every lookup's binary search: under
 * {@code ./hearth bench} at 400 commands/s that was half of the Mongo host's allocation (~550 MB/s)
 * and with it most of its collection pauses. Here each key object is serialized once and its bytes
 * kept while the object lives (weak keys, by identity: the keys of the cached pages and the key
 * being looked up), then compared with H2's own {@link ObjectDataType#compareNotNull}. Same order,
 * same bytes on disk (writing and reading keys is unchanged), so a store written with either type is
 * read correctly by the other.
 */
final class IndexKeyType extends ObjectDataType {

    private final Cache<KeyValue, byte[]> serialized = Caffeine.newBuilder().weakKeys().maximumSize(500_000).build();

    @Override
    public int compare(Object a, Object b) {
        if (a instanceof KeyValue left && b instanceof KeyValue right) {
            // What H2 does for two objects of a type it does not know and that are not Comparable.
            return left == right ? 0 : compareNotNull(bytes(left), bytes(right));
        }
        return super.compare(a, b);
    }

    private byte[] bytes(KeyValue key) {
        return serialized.get(key, ObjectDataType::serialize);
    }
}
