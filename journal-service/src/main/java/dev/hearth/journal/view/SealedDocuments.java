package dev.hearth.journal.view;

import dev.hearth.platform.crypto.Sealed;
import java.time.Instant;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * How a sealed value and an instant sit in a view document: {@code {v, nonce, ct}}, and an ISO-8601
 * string with the event's full precision (a BSON date keeps milliseconds, and a list would then show
 * another time than the single read, and order two entries of one millisecond by chance).
 */
public final class SealedDocuments {

    private SealedDocuments() {
    }

    public static @Nullable Document of(@Nullable Sealed sealed) {
        return sealed == null ? null : new Document(sealed.fields());
    }

    public static @Nullable Sealed sealed(@Nullable Document document) {
        return document == null ? null : Sealed.from(document);
    }

    public static String time(Instant instant) {
        return instant.toString();
    }

    public static @Nullable Instant instant(@Nullable String time) {
        return time == null ? null : Instant.parse(time);
    }
}
