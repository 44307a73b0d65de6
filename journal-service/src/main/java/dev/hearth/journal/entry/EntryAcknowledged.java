package dev.hearth.journal.entry;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * Internal event: the other partner answered a shared entry. Carries the entry's author, kind and
 * writing time, as its public event does, so no reader has to look the entry up.
 */
@Revision("1")
public record EntryAcknowledged(String entryId, String coupleId, String authorId, EntryKind entryKind,
                                String acknowledgedBy, Response response, Instant entryWrittenAt) implements EntryEvent {
}
