package dev.hearth.journal.conflict.view;

import static dev.hearth.journal.view.SealedDocuments.time;
import static dev.hearth.journal.view.SealedDocuments.of;

import dev.hearth.journal.conflict.ConflictEvent;
import dev.hearth.journal.conflict.ConflictOpened;
import dev.hearth.journal.conflict.ConflictResolved;
import dev.hearth.journal.conflict.ConflictStatus;
import dev.hearth.journal.conflict.RepairAttempted;
import dev.hearth.journal.view.JournalViewStore;
import dev.hearth.platform.axon.view.Timeline;
import dev.hearth.platform.axon.view.ViewBatch;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Files conflicts in the journal view by the month they were opened, keeps each one's status, latest
 * repairs and resolution on its item, and the couple's open conflicts in one document, by reference.
 * An item keeps the latest {@value #REPAIRS_LISTED} repairs (and the count of all), so a part of 100
 * conflicts stays bounded however long a conflict goes on; a single conflict shows all of them. The
 * open-conflicts document keeps the newest {@value #OPEN_LISTED_FIRST} open ones (about 170 bytes
 * each): a couple with more open conflicts than that sees the older ones listed by date among the
 * resolved ones, and the document stays bounded too.
 */
@Component
@ProcessingGroup(JournalViewStore.PROCESSOR)
record ConflictListView(JournalViewStore store) {

    static final int REPAIRS_LISTED = 10;
    static final int OPEN_LISTED_FIRST = 200;
    static final Comparator<Document> NEWEST_FIRST = Comparator
            .comparing((Document reference) -> Instant.parse(reference.getString("openedAt")))
            .thenComparing(reference -> reference.getString("conflictId")).reversed();

    @EventHandler
    void on(ConflictEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        switch (event) {
            case ConflictOpened opened -> open(opened, sequence, at);
            case RepairAttempted repair -> store.update(store.conflicts(), repair.coupleId(), repair.conflictId(), sequence, item -> {
                List<Document> repairs = new ArrayList<>(item.getList("repairs", Document.class, List.of()));
                Document attempt = new Document("attempt", repair.attempt()).append("by", repair.attemptedBy())
                        .append("at", time(at));
                if (repair.note() != null) {
                    attempt.append("note", of(repair.note()));
                }
                repairs.add(attempt);
                while (repairs.size() > REPAIRS_LISTED) {
                    repairs.remove(0);
                }
                return item.append("repairs", repairs).append("repairCount", repair.attempt());
            });
            case ConflictResolved resolved -> {
                if (store.update(store.conflicts(), resolved.coupleId(), resolved.conflictId(), sequence, item -> item.append("status", ConflictStatus.RESOLVED.name())
                        .append("resolution", resolved.resolution().name()).append("resolvedBy", resolved.resolvedBy())
                        .append("resolvedAt", time(at)))) {
                    changeOpen(resolved.coupleId(), open -> open.removeIf(reference ->
                            reference.getString("conflictId").equals(resolved.conflictId())));
                }
            }
        }
    }

    private void open(ConflictOpened opened, long sequence, Instant at) {
        Document item = new Document("conflictId", opened.conflictId())
                .append("topic", of(opened.topic()))
                .append("status", ConflictStatus.OPEN.name())
                .append("openedBy", opened.openedBy())
                .append("openedAt", time(at))
                .append("repairs", List.of())
                .append("repairCount", 0);
        if (!store.file(store.conflicts(), opened.coupleId(), JournalViewStore.conflicts(opened.coupleId()), opened.conflictId(),
                Timeline.period(at), item, sequence)) {
            return;
        }
        Timeline.Position filed = store.conflicts().position(opened.conflictId()).orElseThrow();
        changeOpen(opened.coupleId(), open -> {
            open.removeIf(reference -> reference.getString("conflictId").equals(opened.conflictId()));
            open.add(new Document("conflictId", opened.conflictId()).append("openedAt", time(at))
                    .append("part", filed.part()).append("index", filed.index()));
            open.sort(NEWEST_FIRST);
            while (open.size() > OPEN_LISTED_FIRST) {
                open.remove(open.size() - 1);
            }
        });
    }

    private void changeOpen(String coupleId, Consumer<List<Document>> change) {
        ViewBatch batch = ViewBatch.of(store.conflictParts());
        String id = JournalViewStore.openConflicts(coupleId);
        Document document = batch.find(id).orElseGet(() -> new Document("_id", id).append("open", List.of()));
        List<Document> open = new ArrayList<>(document.getList("open", Document.class, List.of()));
        change.accept(open);
        batch.put(new Document(document).append("open", open));
    }
}
