package dev.hearth.insights.activity.view;

import dev.hearth.contracts.Topic;
import dev.hearth.contracts.journal.ConflictOpened;
import dev.hearth.contracts.journal.ConflictResolved;
import dev.hearth.contracts.journal.EntryAcknowledged;
import dev.hearth.contracts.journal.EntryWritten;
import dev.hearth.contracts.journal.SafetyCheckedIn;
import dev.hearth.insights.activity.DayBuckets;
import dev.hearth.insights.activity.JournalCounters;
import dev.hearth.insights.activity.JournalFact;
import dev.hearth.insights.couple.CoupleZones;
import dev.hearth.platform.consumer.DecodedEvent;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** {@code journal_weeks}, from {@code hearth.journal.v1}: bids, answers, conflicts and check-ins per partner and local day. */
@Component
class JournalWeeksView extends WeeksView<JournalCounters, JournalFact> {

    static final Layout LAYOUT = new Layout("insights-journal-weeks", 1, Topic.JOURNAL, "journal_weeks");

    JournalWeeksView(CoupleZones zones) {
        super(LAYOUT, zones, JournalCounters::plus, ActivityDocuments::journal, ActivityDocuments::journal,
                ActivityDocuments::fact, ActivityDocuments::journalFact);
    }

    @Override
    @Nullable JournalFact fact(DecodedEvent event) {
        Instant at = event.envelope().time();
        return switch (event.event()) {
            case EntryWritten written -> new JournalFact.Bid(written.authorId(), written.kind(), at);
            case EntryAcknowledged answer -> new JournalFact.Answer(answer.authorId(), answer.entryKind(),
                    answer.acknowledgedBy(), answer.response(), answer.entryWrittenAt(), at);
            case ConflictOpened opened -> new JournalFact.ConflictOpened(opened.openedBy(), at);
            case ConflictResolved resolved -> new JournalFact.ConflictResolved(resolved.resolvedBy(), resolved.openedAt(), at);
            case SafetyCheckedIn checkIn -> checkIn(checkIn, at);
            default -> null;
        };
    }

    private static JournalFact checkIn(SafetyCheckedIn checkIn, Instant at) {
        if (checkIn.safety() < 1 || checkIn.safety() > 5) {
            throw new IllegalArgumentException("a safety check-in answers 1 to 5, not " + checkIn.safety());
        }
        return new JournalFact.CheckIn(checkIn.partnerId(), checkIn.safety(), at);
    }

    @Override
    List<DayBuckets.Change<JournalCounters>> changes(JournalFact fact, ZoneId zone) {
        return fact.changes(zone);
    }
}
