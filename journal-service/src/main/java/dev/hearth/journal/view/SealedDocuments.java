package dev.hearth.journal.view;

import dev.hearth.platform.crypto.Sealed;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/** How a sealed value and an instant sit in a view document: {@code {v, nonce, ct}} and a BSON date. */
public final class SealedDocuments {

    private SealedDocuments() {
    }

    public static @Nullable Document of(@Nullable Sealed sealed) {
        return sealed == null ? null
                : new Document("v", sealed.v()).append("nonce", sealed.nonce()).append("ct", sealed.ct());
    }

    public static @Nullable Sealed sealed(@Nullable Document document) {
        return document == null ? null
                : new Sealed(document.getInteger("v"), document.getString("nonce"), document.getString("ct"));
    }

    public static Date date(Instant instant) {
        return Date.from(instant);
    }

    public static @Nullable Instant instant(@Nullable Date date) {
        return date == null ? null : date.toInstant();
    }
}
