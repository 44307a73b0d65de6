package dev.hearth.insights.activity.view;

import dev.hearth.contracts.Topic;
import dev.hearth.contracts.journal.ConflictOpened;
import dev.hearth.contracts.journal.ConflictResolved;
import dev.hearth.insights.activity.OpenConflicts;
import dev.hearth.insights.couple.view.CoupleInsights;
import dev.hearth.platform.consumer.DecodedEvent;
import dev.hearth.platform.consumer.view.Freshness;
import dev.hearth.platform.consumer.view.PerCoupleView;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** {@code journal_state}, from {@code hearth.journal.v1}: a couple's open conflicts, for REPAIR_STALLED. */
@Component
class JournalStateView extends PerCoupleView<OpenConflicts> {

    static final Layout LAYOUT = new Layout("insights-journal-state", 1, Topic.JOURNAL, "journal_state");

    JournalStateView() {
        super(LAYOUT, ConflictOpened.class, ConflictResolved.class);
    }

    /** Read for REPAIR_STALLED, a matter of days: a quarter second behind is nothing. */
    @Override
    public Freshness freshness() {
        return Freshness.SOON;
    }

    /** A late conflict of an erased couple must not bring its state back. */
    @Override
    public String tombstones() {
        return CoupleInsights.tombstones();
    }

    @Override
    public OpenConflicts empty(String coupleId) {
        return new OpenConflicts(coupleId, List.of());
    }

    @Override
    public OpenConflicts read(Document stored) {
        return openConflicts(stored);
    }

    static OpenConflicts openConflicts(Document stored) {
        return new OpenConflicts(stored.getString("_id"), stored.getList("open", Document.class, List.of()).stream()
                .map(open -> new OpenConflicts.Open(open.getString("id"), open.getDate("openedAt").toInstant()))
                .toList());
    }

    @Override
    public Document write(OpenConflicts conflicts) {
        return new Document("open", conflicts.open().stream()
                .map(open -> new Document("id", open.conflictId()).append("openedAt", Date.from(open.openedAt())))
                .toList());
    }

    @Override
    public OpenConflicts apply(OpenConflicts conflicts, DecodedEvent event, String coupleId) {
        return switch (event.event()) {
            case ConflictOpened opened -> conflicts.opened(opened.conflictId(), event.envelope().time());
            case ConflictResolved resolved -> conflicts.resolved(resolved.conflictId());
            default -> conflicts;
        };
    }
}
