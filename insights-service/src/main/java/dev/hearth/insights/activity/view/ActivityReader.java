package dev.hearth.insights.activity.view;

import com.mongodb.client.MongoDatabase;
import dev.hearth.insights.activity.Bucket;
import dev.hearth.insights.activity.DayBuckets;
import dev.hearth.insights.activity.Days;
import dev.hearth.insights.activity.JournalCounters;
import dev.hearth.insights.activity.LocalWeeks;
import dev.hearth.insights.activity.OpenConflicts;
import dev.hearth.insights.activity.OutcomeCounters;
import dev.hearth.platform.consumer.view.AppliedEvents;
import dev.hearth.platform.mongo.ViewCollection;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Reads a couple's activity for a span of local days: one {@code _id} read per ISO week the span
 * touches, plus the couple's index, whose pending facts (if any arrived before the couple was
 * known) are folded in here, except those a week already applied (a re-sent copy).
 */
@Component
public class ActivityReader {

    private final ViewCollection journal;
    private final ViewCollection outcomes;
    private final ViewCollection state;

    public ActivityReader(@Qualifier("readModelDatabase") MongoDatabase database) {
        this.journal = ViewCollection.named(database, JournalWeeksView.LAYOUT.collectionName());
        this.outcomes = ViewCollection.named(database, CommitmentWeeksView.LAYOUT.collectionName());
        this.state = ViewCollection.named(database, JournalStateView.LAYOUT.collectionName());
    }

    public Days<JournalCounters> journal(String coupleId, ZoneId zone, LocalDate from, LocalDate to) {
        return read(journal, coupleId, zone, from, to, ActivityDocuments::journal, ActivityDocuments::journalFact,
                (fact, z) -> fact.changes(z), JournalCounters.NONE, JournalCounters::plus);
    }

    public Days<OutcomeCounters> outcomes(String coupleId, ZoneId zone, LocalDate from, LocalDate to) {
        return read(outcomes, coupleId, zone, from, to, ActivityDocuments::outcomes, ActivityDocuments::outcomeFact,
                (fact, z) -> fact.changes(z), OutcomeCounters.NONE, OutcomeCounters::plus);
    }

    public OpenConflicts openConflicts(String coupleId) {
        return state.find(coupleId).map(JournalStateView::openConflicts).orElseGet(() -> new OpenConflicts(coupleId, List.of()));
    }

    private interface Changes<F, C> {
        List<DayBuckets.Change<C>> of(F fact, ZoneId zone);
    }

    private static <C, F> Days<C> read(ViewCollection collection, String coupleId, ZoneId zone, LocalDate from,
                                       LocalDate to, Function<Document, C> counters, Function<Document, F> facts,
                                       Changes<F, C> changes, C none, BinaryOperator<C> plus) {
        List<String> ids = new ArrayList<>(LocalWeeks.bucketIds(coupleId, from, to));
        ids.add(Bucket.indexId(coupleId));
        Map<String, Document> stored = collection.findAll(ids);
        Map<String, DayBuckets<C>> weeks = new LinkedHashMap<>();
        List<AppliedEvents> applied = new ArrayList<>();
        for (String id : ids.subList(0, ids.size() - 1)) {
            Document document = stored.get(id);
            weeks.put(id, document == null ? DayBuckets.empty(id) : ActivityDocuments.days(id, document, counters));
            if (document != null) {
                applied.add(AppliedEvents.of(document));
            }
        }
        Document pending = stored.get(Bucket.indexId(coupleId));
        if (pending != null) {
            List<Bucket.Pending<F>> waiting = pending.getList("pending", Document.class, List.of()).stream()
                    .filter(fact -> applied.stream().noneMatch(ring -> ring.holds(fact.getString("id"))))
                    .map(fact -> new Bucket.Pending<>(fact.getString("id"), facts.apply(fact.get("f", Document.class))))
                    .toList();
            Bucket.foldPending(waiting, weeks, coupleId, fact -> changes.of(fact, zone), plus);
        }
        return new Days<>(weeks.values(), none, plus);
    }
}
