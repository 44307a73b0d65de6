package dev.hearth.journal.entry.adapter;

import dev.hearth.contracts.PublicEvent;
import dev.hearth.journal.entry.EntryAcknowledged;
import dev.hearth.journal.entry.EntryEvent;
import dev.hearth.journal.entry.EntryWritten;
import dev.hearth.journal.entry.Visibility;
import dev.hearth.platform.publisher.PublicEventsOf;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Entries to {@code hearth.journal.v1}: a SHARED entry's facts (kind, author, word count, whom it
 * appreciates), an acknowledgement with what insights needs of the entry it answers. Text and mood
 * are never copied, and a PRIVATE entry publishes nothing at all: not even its time or length.
 */
@Component
class EntryPublicEvents extends PublicEventsOf<EntryEvent> {

    @Override
    protected Optional<PublicEvent> publish(EntryEvent event) {
        return switch (event) {
            case EntryWritten written -> written.visibility() == Visibility.PRIVATE ? Optional.empty()
                    : Optional.of(new dev.hearth.contracts.journal.EntryWritten(written.entryId(), written.coupleId(),
                            written.authorId(), written.kind().name(), written.wordCount(), written.appreciatedPartnerId()));
            case EntryAcknowledged acknowledged -> Optional.of(new dev.hearth.contracts.journal.EntryAcknowledged(
                    acknowledged.entryId(), acknowledged.coupleId(), acknowledged.authorId(), acknowledged.entryKind().name(),
                    acknowledged.acknowledgedBy(), acknowledged.response().name(), acknowledged.entryWrittenAt()));
        };
    }
}
