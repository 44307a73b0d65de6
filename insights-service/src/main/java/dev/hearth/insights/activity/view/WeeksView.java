package dev.hearth.insights.activity.view;

import dev.hearth.insights.activity.Bucket;
import dev.hearth.insights.activity.DayBuckets;
import dev.hearth.insights.couple.view.CoupleInsights;
import dev.hearth.platform.consumer.DecodedEvent;
import dev.hearth.platform.consumer.view.TopicView;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
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
    private final CoupleInsights couples;
    private final BinaryOperator<C> plus;
    private final Function<C, Document> writeCounters;
    private final Function<Document, C> readCounters;
    private final Function<F, Document> writeFact;
    private final Function<Document, F> readFact;

    WeeksView(Layout layout, CoupleInsights couples, BinaryOperator<C> plus, Function<C, Document> writeCounters,
              Function<Document, C> readCounters, Function<F, Document> writeFact, Function<Document, F> readFact) {
        this.layout = layout;
        this.couples = couples;
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

    @Override
    public final Collection<String> documentsOf(DecodedEvent event) {
        @Nullable F fact = fact(event);
        if (fact == null) {
            return List.of();
        }
        String coupleId = event.event().coupleId();
        List<String> documents = new ArrayList<>();
        zone(coupleId).ifPresent(zone -> documents.addAll(Bucket.bucketsOf(changes(fact, zone), coupleId)));
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
        F fact = fact(event);
        if (fact == null) {
            return bucket;
        }
        String coupleId = event.event().coupleId();
        Optional<ZoneId> zone = zone(coupleId);
        if (Bucket.isIndex(documentId)) {
            return zone.map(known -> bucket.listing(changes(fact, known)))
                    .orElseGet(() -> bucket.waiting(event.envelope().aggregateId() + ":" + event.envelope().aggregateSequence(), fact));
        }
        return bucket.folding(changes(fact, zone.orElseThrow(() -> new IllegalStateException("couple " + coupleId + " unknown"))),
                coupleId, plus);
    }

    private Optional<ZoneId> zone(String coupleId) {
        return couples.members(coupleId).filter(members -> members.startedAt() != null)
                .map(members -> ZoneId.of(members.timezone()));
    }
}
