package dev.hearth.journal.entry.view;

import dev.hearth.journal.view.JournalViewStore;
import dev.hearth.journal.view.ListPages;
import dev.hearth.platform.axon.view.Timeline;
import dev.hearth.platform.axon.view.Timeline.Position;
import dev.hearth.platform.axon.view.Timeline.Stream;
import dev.hearth.platform.crypto.Vault;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A partner's entries, newest first: the couple's SHARED list merged with the caller's own PRIVATE
 * list, both walked from their heads by {@code _id}. The other partner's private list is never read,
 * so a page costs the same and holds as many entries whatever the other writes privately, and the
 * cursor (a position in each of the two lists, tagged with the couple and the caller) says nothing
 * about it. Eventually consistent: an entry written a few milliseconds ago may not be listed yet.
 */
@Component
public class EntryList {

    private static final Comparator<Document> NEWEST_FIRST = Comparator
            .comparing((Document item) -> Instant.parse(item.getString("writtenAt")))
            .thenComparing(item -> item.getString("entryId"));

    private final Timeline entries;
    private final Vault vault;

    public EntryList(JournalViewStore store, Vault vault) {
        this.entries = store.entries();
        this.vault = vault;
    }

    public EntryPage page(String coupleId, String callerId, int limit, @Nullable String cursor) {
        Stream shared = JournalViewStore.sharedEntries(coupleId);
        Stream own = JournalViewStore.privateEntries(coupleId, callerId);
        String scope = "entries|" + coupleId + "|" + callerId;
        Timeline.Walk sharedWalk;
        Timeline.Walk ownWalk;
        if (cursor == null) {
            sharedWalk = entries.walk(shared, null);
            ownWalk = entries.walk(own, null);
        } else {
            List<String> fields = ListPages.decode(cursor, scope, 4);
            Position sharedFrom = ListPages.position(fields.get(0), fields.get(1), shared);
            Position ownFrom = ListPages.position(fields.get(2), fields.get(3), own);
            sharedWalk = sharedFrom == null ? null : entries.walk(shared, sharedFrom);
            ownWalk = ownFrom == null ? null : entries.walk(own, ownFrom);
        }

        List<EntryDetails> items = new ArrayList<>();
        while (items.size() < limit) {
            boolean fromShared = sharedWalk != null && sharedWalk.hasNext();
            boolean fromOwn = ownWalk != null && ownWalk.hasNext();
            if (!fromShared && !fromOwn) {
                break;
            }
            Timeline.Walk newer = !fromOwn ? sharedWalk
                    : !fromShared ? ownWalk
                    : NEWEST_FIRST.compare(sharedWalk.peek(), ownWalk.peek()) >= 0 ? sharedWalk : ownWalk;
            items.add(EntryDetails.of(newer.next(), coupleId, vault));
        }
        Position sharedNext = sharedWalk == null ? null : sharedWalk.position();
        Position ownNext = ownWalk == null ? null : ownWalk.position();
        if (sharedNext == null && ownNext == null) {
            return new EntryPage(items, null);
        }
        List<String> fields = new ArrayList<>(ListPages.fields(sharedNext));
        fields.addAll(ListPages.fields(ownNext));
        return new EntryPage(items, ListPages.encode(scope, fields));
    }
}
