package dev.hearth.journal.entry.view;

import static dev.hearth.journal.view.SealedDocuments.time;
import static dev.hearth.journal.view.SealedDocuments.of;

import dev.hearth.journal.entry.EntryAcknowledged;
import dev.hearth.journal.entry.EntryEvent;
import dev.hearth.journal.entry.EntryWritten;
import dev.hearth.journal.entry.Visibility;
import dev.hearth.journal.view.JournalViewStore;
import dev.hearth.platform.axon.view.Timeline;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Files entries in the journal view: a SHARED one in the couple's list, a PRIVATE one in its
 * author's own list (so the other partner's reads never touch it), sealed as the event holds them;
 * the store files and changes nothing of an erased couple.
 */
@Component
@ProcessingGroup(JournalViewStore.PROCESSOR)
record EntryListView(JournalViewStore store) {

    @EventHandler
    void on(EntryEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        switch (event) {
            case EntryWritten written -> store.file(store.entries(), written.coupleId(), stream(written), written.entryId(),
                    Timeline.period(at), item(written, at), sequence);
            case EntryAcknowledged acknowledged -> store.update(store.entries(), acknowledged.coupleId(), acknowledged.entryId(),
                    sequence, item ->
                    item.append("acknowledgement", new Document("by", acknowledged.acknowledgedBy())
                            .append("response", acknowledged.response().name()).append("at", time(at))));
        }
    }

    private static Timeline.Stream stream(EntryWritten written) {
        return written.visibility() == Visibility.SHARED
                ? JournalViewStore.sharedEntries(written.coupleId())
                : JournalViewStore.privateEntries(written.coupleId(), written.authorId());
    }

    static Document item(EntryWritten written, Instant at) {
        Document item = new Document("entryId", written.entryId())
                .append("authorId", written.authorId())
                .append("kind", written.kind().name())
                .append("visibility", written.visibility().name())
                .append("text", of(written.text()))
                .append("writtenAt", time(at));
        if (written.mood() != null) {
            item.append("mood", of(written.mood()));
        }
        if (written.appreciatedPartnerId() != null) {
            item.append("appreciatedPartnerId", written.appreciatedPartnerId());
        }
        return item;
    }
}
