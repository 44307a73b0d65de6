package dev.hearth.journal.conflict.view;

import dev.hearth.journal.conflict.ConflictStatus;
import dev.hearth.journal.view.JournalViewStore;
import dev.hearth.journal.view.ListPages;
import dev.hearth.platform.axon.view.Timeline;
import dev.hearth.platform.axon.view.Timeline.Position;
import dev.hearth.platform.axon.view.Timeline.Stream;
import dev.hearth.platform.crypto.Vault;
import dev.hearth.platform.mongo.ViewCollection;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A couple's conflicts: the open ones first (from the couple's open-conflicts document, newest
 * first), then the others (walking the couple's list back from its head, newest first, skipping
 * those already listed as open). A page reads at most {@value #MAX_PARTS_PER_PAGE} parts while
 * skipping, so it may come back short, with a {@code next} to go on from. Eventually consistent.
 */
@Component
public class ConflictList {

    static final int MAX_PARTS_PER_PAGE = 10;
    private static final String OPEN = "open";
    private static final String RESOLVED = "resolved";

    private final Timeline conflicts;
    private final ViewCollection parts;
    private final Vault vault;

    public ConflictList(JournalViewStore store, Vault vault) {
        this.conflicts = store.conflicts();
        this.parts = store.conflictParts();
        this.vault = vault;
    }

    public ConflictPage page(String coupleId, int limit, @Nullable String cursor) {
        String scope = "conflicts|" + coupleId;
        Stream stream = JournalViewStore.conflicts(coupleId);
        String phase = OPEN;
        @Nullable Instant openedBefore = null;
        String idBefore = "";
        @Nullable Position resolvedFrom = null;
        if (cursor != null) {
            List<String> fields = ListPages.decode(cursor, scope, 3);
            phase = fields.get(0);
            if (phase.equals(OPEN)) {
                openedBefore = instant(fields.get(1));
                idBefore = fields.get(2);
            } else if (phase.equals(RESOLVED)) {
                resolvedFrom = ListPages.position(fields.get(1), fields.get(2), stream);
                if (resolvedFrom == null) {
                    throw ListPages.invalidCursor();
                }
            } else {
                throw ListPages.invalidCursor();
            }
        }

        List<ConflictDetails> items = new ArrayList<>();
        Map<String, List<Document>> partsRead = Timeline.partsOfOnePage();
        List<Document> open = openReferences(coupleId);
        Set<String> listedAsOpen = open.stream().map(reference -> reference.getString("conflictId")).collect(Collectors.toSet());
        if (phase.equals(OPEN)) {
            for (Document reference : open) {
                if (openedBefore != null && !isAtOrAfterCursor(reference, openedBefore, idBefore)) {
                    continue;
                }
                if (items.size() == limit) {
                    return new ConflictPage(items, ListPages.encode(scope, List.of(OPEN,
                            reference.getString("openedAt"), reference.getString("conflictId"))));
                }
                Optional<Document> item = conflicts.itemAt(new Position(reference.getString("part"),
                        reference.getInteger("index")), partsRead);
                item.ifPresent(found -> items.add(ConflictDetails.of(found, coupleId, vault)));
            }
        }

        Timeline.Walk walk = conflicts.walk(stream, resolvedFrom);
        while (walk.hasNext()) {
            Position here = walk.position();
            if (walk.partsRead() >= MAX_PARTS_PER_PAGE && here != null && here.index() == Integer.MAX_VALUE) {
                // The page read as many parts as it may: go on from here.
                return new ConflictPage(items, ListPages.encode(scope, List.of(RESOLVED, here.part(), Integer.toString(here.index()))));
            }
            Document item = walk.peek();
            if (item.getString("status").equals(ConflictStatus.OPEN.name()) && listedAsOpen.contains(item.getString("conflictId"))) {
                walk.next();
                continue;
            }
            if (items.size() == limit) {
                Position next = walk.position();
                return new ConflictPage(items, next == null ? null
                        : ListPages.encode(scope, List.of(RESOLVED, next.part(), Integer.toString(next.index()))));
            }
            items.add(ConflictDetails.of(walk.next(), coupleId, vault));
        }
        return new ConflictPage(items, null);
    }

    private List<Document> openReferences(String coupleId) {
        return parts.find(JournalViewStore.openConflicts(coupleId))
                .map(document -> document.getList("open", Document.class, List.of()))
                .orElse(List.of());
    }

    // References are newest first: the cursor names the first one the next page shows.
    private static boolean isAtOrAfterCursor(Document reference, Instant openedBefore, String idBefore) {
        int byTime = Instant.parse(reference.getString("openedAt")).compareTo(openedBefore);
        return byTime < 0 || (byTime == 0 && reference.getString("conflictId").compareTo(idBefore) <= 0);
    }

    private static Instant instant(String field) {
        try {
            return Instant.parse(field);
        } catch (DateTimeParseException e) {
            throw ListPages.invalidCursor();
        }
    }
}
