package dev.hearth.platform.crypto;

import java.nio.charset.StandardCharsets;

/**
 * What a sealed value belongs to, bound into its authentication tag as AES-GCM's additional data
 * ({@code coupleId|aggregateId|field}): a value copied into another couple, entry or field does
 * not open there.
 *
 * @param coupleId    the couple whose key seals it, canonical
 * @param aggregateId the entry, conflict, check-in or promise it belongs to
 * @param field       which of its texts, e.g. {@code text}, {@code topic}, {@code repair.3.note}
 */
public record Aad(String coupleId, String aggregateId, String field) {

    public Aad {
        requirePart(coupleId, "coupleId");
        requirePart(aggregateId, "aggregateId");
        requirePart(field, "field");
    }

    public byte[] bytes() {
        return (coupleId + "|" + aggregateId + "|" + field).getBytes(StandardCharsets.UTF_8);
    }

    /** The same value's data in another field of the same aggregate. */
    public Aad field(String other) {
        return new Aad(coupleId, aggregateId, other);
    }

    // A separator inside a part would make two different triples the same additional data.
    private static void requirePart(String part, String name) {
        if (part == null || part.isEmpty() || part.indexOf('|') >= 0) {
            throw new IllegalArgumentException(name + " must be non-empty and free of '|'");
        }
    }
}
