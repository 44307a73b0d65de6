package dev.hearth.journal.entry;

import dev.hearth.journal.sealed.CreatedOnce;
import dev.hearth.platform.crypto.Sealed;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An entry as its events leave it, still sealed: the one fold of an entry's stream, by which the
 * aggregate decides and a single entry is read.
 *
 * @param writtenAt       the time of {@link EntryWritten}
 * @param acknowledgement the other partner's answer, once given (only once)
 */
public record EntryState(String entryId, String coupleId, String authorId, EntryKind kind, Visibility visibility,
                         Sealed text, @Nullable Sealed mood, @Nullable String appreciatedPartnerId, int wordCount,
                         String fingerprint, Instant writtenAt, @Nullable Acknowledgement acknowledgement)
        implements CreatedOnce.Creation {

    /** The other partner's answer. */
    public record Acknowledgement(String by, Response response, Instant at) {
    }

    /** The entry after {@code event}, which happened {@code at}; {@code before} is null until it was written. */
    public static EntryState after(@Nullable EntryState before, EntryEvent event, Instant at) {
        return switch (event) {
            case EntryWritten written -> new EntryState(written.entryId(), written.coupleId(), written.authorId(),
                    written.kind(), written.visibility(), written.text(), written.mood(), written.appreciatedPartnerId(),
                    written.wordCount(), written.fingerprint(), at, null);
            case EntryAcknowledged acknowledged -> {
                EntryState entry = Objects.requireNonNull(before, () -> "EntryAcknowledged before EntryWritten in entry "
                        + event.entryId());
                yield new EntryState(entry.entryId, entry.coupleId, entry.authorId, entry.kind, entry.visibility,
                        entry.text, entry.mood, entry.appreciatedPartnerId, entry.wordCount, entry.fingerprint,
                        entry.writtenAt, new Acknowledgement(acknowledged.acknowledgedBy(), acknowledged.response(), at));
            }
        };
    }

    /** The author always; the other partner only when it is shared. Anyone else never reaches here (membership). */
    public boolean isReadableBy(String userId) {
        return authorId.equals(userId) || visibility == Visibility.SHARED;
    }

    @Override
    public String id() {
        return entryId;
    }

    /** The author. */
    @Override
    public String creatorId() {
        return authorId;
    }
}
