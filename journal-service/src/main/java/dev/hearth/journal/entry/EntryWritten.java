package dev.hearth.journal.entry;

import dev.hearth.platform.crypto.Sealed;
import org.axonframework.serialization.Revision;
import org.jspecify.annotations.Nullable;

/**
 * Internal event: an entry was written. Its text and mood are sealed with the couple's key (erasing
 * the key makes them unreadable here for ever); {@code wordCount} is what may be published of its
 * length; {@code fingerprint} recognises a retried write without keeping the text.
 */
@Revision("1")
public record EntryWritten(String entryId, String coupleId, String authorId, EntryKind kind, Visibility visibility,
                           Sealed text, @Nullable Sealed mood, @Nullable String appreciatedPartnerId, int wordCount,
                           String fingerprint) implements EntryEvent {
}
