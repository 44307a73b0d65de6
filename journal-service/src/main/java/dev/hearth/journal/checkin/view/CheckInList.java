package dev.hearth.journal.checkin.view;

import dev.hearth.journal.view.JournalViewStore;
import dev.hearth.journal.view.ListPages;
import dev.hearth.platform.axon.view.Timeline;
import dev.hearth.platform.axon.view.Timeline.Position;
import dev.hearth.platform.axon.view.Timeline.Stream;
import dev.hearth.platform.crypto.Vault;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The caller's own check-ins, newest first, walked back from their list's head by {@code _id}. Never the partner's. */
@Component
public record CheckInList(JournalViewStore store, Vault vault) {

    public CheckInPage page(String coupleId, String callerId, int limit, @Nullable String cursor) {
        Stream own = JournalViewStore.checkIns(coupleId, callerId);
        String scope = "check-ins|" + coupleId + "|" + callerId;
        Position from = null;
        if (cursor != null) {
            List<String> fields = ListPages.decode(cursor, scope, 2);
            from = ListPages.position(fields.get(0), fields.get(1), own);
            if (from == null) {
                throw ListPages.invalidCursor();
            }
        }
        Timeline.Walk walk = store.checkIns().walk(own, from);
        List<CheckInDetails> items = new ArrayList<>();
        while (items.size() < limit && walk.hasNext()) {
            items.add(CheckInDetails.of(walk.next(), coupleId, vault));
        }
        Position next = walk.position();
        return new CheckInPage(items, next == null ? null : ListPages.encode(scope, ListPages.fields(next)));
    }
}
