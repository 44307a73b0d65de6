package dev.hearth.platform.mongo;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import org.bson.types.Binary;
import org.jspecify.annotations.Nullable;

/**
 * The last ids a view document took in, in bounded space: a 64-bit digest of each (the first 8 bytes
 * of its SHA-256), stored as one binary field of 8 bytes per id. The ids themselves, as a BSON array of
 * strings, take about 45 bytes each and the document carrying them is read and written again on every
 * change. Two of the ring's ids sharing a digest has a chance of about {@code size} in 2⁶⁴ per id.
 */
public final class DigestRing {

    private final int capacity;
    private final Deque<Long> digests;

    private DigestRing(int capacity, Deque<Long> digests) {
        this.capacity = capacity;
        this.digests = digests;
    }

    public static DigestRing empty(int capacity) {
        return new DigestRing(capacity, new ArrayDeque<>());
    }

    /** The ring a document stored ({@link #toBinary()}), or an empty one for none. */
    public static DigestRing of(int capacity, @Nullable Object stored) {
        DigestRing ring = empty(capacity);
        if (stored instanceof Binary binary) {
            ByteBuffer bytes = ByteBuffer.wrap(binary.getData());
            while (bytes.remaining() >= Long.BYTES) {
                ring.digests.addLast(bytes.getLong());
            }
        }
        return ring;
    }

    /** The ring of these ids, oldest first (a document written before digests kept the ids themselves). */
    public static DigestRing ofIds(int capacity, Collection<String> ids) {
        DigestRing ring = empty(capacity);
        ids.forEach(ring::add);
        return ring;
    }

    public boolean contains(String id) {
        return digests.contains(digest(id));
    }

    /** Takes the id in (once), dropping the oldest beyond the capacity. */
    public void add(String id) {
        Long digest = digest(id);
        if (!digests.contains(digest)) {
            digests.addLast(digest);
            while (digests.size() > capacity) {
                digests.removeFirst();
            }
        }
    }

    public int size() {
        return digests.size();
    }

    public Binary toBinary() {
        ByteBuffer bytes = ByteBuffer.allocate(digests.size() * Long.BYTES);
        digests.forEach(bytes::putLong);
        return new Binary(bytes.array());
    }

    /** The first 8 bytes of the id's SHA-256. */
    static long digest(String id) {
        // digest() resets the instance; each thread keeps its own (getInstance per id showed in profiles).
        return ByteBuffer.wrap(SHA_256.get().digest(id.getBytes(StandardCharsets.UTF_8))).getLong();
    }

    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    });
}
