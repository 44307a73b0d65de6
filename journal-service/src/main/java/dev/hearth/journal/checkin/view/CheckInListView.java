package dev.hearth.journal.checkin.view;

import static dev.hearth.journal.view.SealedDocuments.time;
import static dev.hearth.journal.view.SealedDocuments.of;

import dev.hearth.journal.checkin.CheckInEvent;
import dev.hearth.journal.checkin.SafetyCheckedIn;
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
 * Files each check-in in its partner's own list of the journal view, sealed as the event holds it
 * (the store files nothing of an erased couple).
 */
@Component
@ProcessingGroup(JournalViewStore.PROCESSOR)
record CheckInListView(JournalViewStore store) {

    @EventHandler
    void on(CheckInEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        switch (event) {
            case SafetyCheckedIn checkedIn -> {
                Document item = new Document("checkInId", checkedIn.checkInId())
                        .append("safety", of(checkedIn.safety()))
                        .append("checkedInAt", time(at));
                if (checkedIn.mood() != null) {
                    item.append("mood", of(checkedIn.mood()));
                }
                store.file(store.checkIns(), checkedIn.coupleId(), JournalViewStore.checkIns(checkedIn.coupleId(),
                        checkedIn.partnerId()), checkedIn.checkInId(), Timeline.period(at), item, sequence);
            }
        }
    }
}
