package dev.hearth.insights.activity.view;

import dev.hearth.insights.activity.Bucket;
import dev.hearth.insights.activity.DayBuckets;
import dev.hearth.insights.couple.CoupleZones;
import dev.hearth.insights.couple.view.CoupleInsights;
import dev.hearth.platform.consumer.DecodedEvent;
import dev.hearth.platform.consumer.view.Freshness;
import dev.hearth.platform.consumer.view.TopicView;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * A view of week buckets fed by one topic: each fact goes to the bucket of the local day(s) it
 * counts on, in the couple's timezone as the {@code couples} view knows it, and widens the span of
 * days its index ({@code coupleId:index}) lists; a fact of a couple not known yet waits in that index
 * (never blocking the partition, never a dead letter) and is folded in by readers once the couple is
 * known ({@link ActivityReader}).
 */
abstract class WeeksView<C, F> implements TopicView<Bucket<C, F>> {

    private final Layout layout;
    private final CoupleZones zones;
    private final BinaryOperator<C> plus;
    private final Function<C, Document> writeCounters;
    private final Function<Document, C> readCounters;
    private final Function<F, Document> writeFact;
    private final Function<Document, F> readFact;

    WeeksView(Layout layout, CoupleZones zones, BinaryOperator<C> plus, Function<C, Document> writeCounters,
              Function<Document, C> readCounters, Function<F, Document> writeFact, Function<Document, F> readFact) {
        this.layout = layout;
        this.zones = zones;
        this.plus = plus;
        this.writeCounters = writeCounters;
        this.readCounters = readCounters;
        this.writeFact = writeFact;
        this.readFact = readFact;
    }

    /** The fact an event carries, or null when this view ignores it. */
    abstract @Nullable F fact(DecodedEvent event);

    abstract List<DayBuckets.Change<C>> changes(F fact, ZoneId zone);

    @Override
    public final Layout layout() {
        return layout;
    }

    /** Weekly trends: a quarter second behind is nothing to their readers ({@link Freshness#SOON}). */
    @Override
    public final Freshness freshness() {
        return Freshness.SOON;
    }

    @Override
    public final Collection<String> documentsOf(DecodedEvent event) {
        @Nullable F fact = fact(event);
        if (fact == null) {
            return List.of();
        }
        String coupleId = event.event().coupleId();
        List<String> documents = new ArrayList<>();
        zones.zoneOf(coupleId).ifPresent(zone -> documents.addAll(Bucket.bucketsOf(changes(fact, zone), coupleId)));
        documents.add(Bucket.indexId(coupleId));
        return documents;
    }

    /** A late fact of an erased couple must not bring its buckets back. */
    @Override
    public final String tombstones() {
        return CoupleInsights.tombstones();
    }

    @Override
    public final Bucket<C, F> empty(String documentId) {
        return Bucket.empty(documentId);
    }

    @Override
    public final Bucket<C, F> read(Document stored) {
        String id = stored.getString("_id");
        return new Bucket<>(ActivityDocuments.days(id, stored, readCounters),
                stored.getList("pending", Document.class, List.of()).stream()
                        .map(pending -> new Bucket.Pending<>(pending.getString("id"), readFact.apply(pending.get("f", Document.class))))
                        .toList(),
                stored.containsKey("first") ? new Bucket.Span(LocalDate.parse(stored.getString("first")),
                        LocalDate.parse(stored.getString("last"))) : null);
    }

    @Override
    public final Document write(Bucket<C, F> bucket) {
        Document document = ActivityDocuments.days(bucket.week(), writeCounters);
        if (bucket.span() != null) {
            document.append("first", bucket.span().first().toString()).append("last", bucket.span().last().toString());
        }
        if (!bucket.pending().isEmpty()) {
            document.append("pending", bucket.pending().stream()
                    .map(pending -> new Document("id", pending.eventId()).append("f", writeFact.apply(pending.fact())))
                    .toList());
        }
        return document;
    }

    @Override
    public final Bucket<C, F> apply(Bucket<C, F> bucket, DecodedEvent event, String documentId) {
        return apply(bucket, event, documentId, documentsOf(event));
    }

    /**
     * The index lists the fact's days when its weeks are among the documents this application touches,
     * and keeps it pending otherwise: decided by {@code touched}, not by asking for the timezone again,
     * which may have landed since {@link #documentsOf} (the fact would then be in no week and not pending).
     */
    @Override
    public final Bucket<C, F> apply(Bucket<C, F> bucket, DecodedEvent event, String documentId, Collection<String> touched) {
        F fact = fact(event);
        if (fact == null) {
            return bucket;
        }
        String coupleId = event.event().coupleId();
        if (Bucket.isIndex(documentId) && touched.stream().allMatch(Bucket::isIndex)) {
            return bucket.waiting(event.envelope().aggregateId() + ":" + event.envelope().aggregateSequence(), fact);
        }
        List<DayBuckets.Change<C>> changes = changes(fact, zones.zoneOf(coupleId)
                .orElseThrow(() -> new IllegalStateException("couple " + coupleId + " unknown")));
        return Bucket.isIndex(documentId) ? bucket.listing(changes) : bucket.folding(changes, coupleId, plus);
    }
}
