package dev.hearth.journal.view;

import dev.hearth.journal.couple.CoupleErased;
import dev.hearth.journal.couple.PartnerLeft;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * Ends a couple in the journal view, in the couple's own segment (so after every earlier event of
 * it): a leaver's private entries are dropped (their key is gone), and an erased couple gets its
 * tombstone first and then loses every document, found through its index by {@code _id}, and its
 * parked dead letters. Idempotent: a redelivery finds less or nothing to delete.
 */
@Component
@ProcessingGroup(JournalViewStore.PROCESSOR)
class CoupleErasureView {

    private final JournalViewStore store;

    CoupleErasureView(JournalViewStore store) {
        this.store = store;
    }

    @EventHandler
    void on(PartnerLeft left) {
        store.dropPrivateEntries(left.coupleId(), left.userId());
    }

    @EventHandler
    void on(CoupleErased erased, @Timestamp Instant at) {
        store.erase(erased.coupleId(), at);
    }
}
