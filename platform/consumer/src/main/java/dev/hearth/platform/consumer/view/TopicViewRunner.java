package dev.hearth.platform.consumer.view;

import com.mongodb.MongoBulkWriteException;
import dev.hearth.contracts.CloudEvent;
import dev.hearth.platform.consumer.DeadLetterSink;
import dev.hearth.platform.consumer.DecodedEvent;
import dev.hearth.platform.consumer.PoisonEvent;
import dev.hearth.platform.consumer.PublicEventRecords;
import dev.hearth.platform.mongo.Roster;
import dev.hearth.platform.mongo.ViewCollection;
import dev.hearth.platform.mongo.ViewMetrics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies one poll of a {@link TopicView}'s topic: decodes each record (poison to the dead-letter
 * topic at once), reads every touched document in one batched read by {@code _id}, folds the poll's events into the
 * documents in memory (each event once: see {@link AppliedEvents}), then writes every changed
 * document in one ordered bulk write. Only then does the container commit the offsets, so a crash
 * anywhere re-reads the poll and changes nothing twice.
 *
 * <p>Failures: an event the view cannot apply is dead-lettered alone and the others go on; a bulk
 * write refused for a document (too large, say) is retried event by event so that only the events
 * that cannot be written are parked; anything else (MongoDB unreachable) propagates, and the
 * container's error handler retries the whole poll with back-off until it succeeds.
 *
 * <p>Erasure: a view that obeys tombstones ({@link TopicView#tombstones()}) has each couple's tombstone
 * read by {@code _id} (one batched read) before the write, and an erased couple's documents are deleted instead of written;
 * and again after it, deleting what was written for a couple erased meanwhile (topics share no order,
 * so the erasure may land between the two).
 */
record TopicViewRunner<S>(TopicView<S> view, ViewCollection collection, @Nullable ViewCollection tombstones,
                          DeadLetterSink deadLetters, ViewMetrics metrics, Clock clock) {

    private static final Logger log = LoggerFactory.getLogger(TopicViewRunner.class);

    void process(List<ConsumerRecord<String, byte[]>> records) {
        List<Touching> events = new ArrayList<>(records.size());
        for (ConsumerRecord<String, byte[]> record : records) {
            decode(record).ifPresent(event -> events.add(new Touching(record, event, view.documentsOf(event))));
        }
        Fold fold = new Fold();
        fold.prefetch(events);
        events.forEach(fold::add);
        try {
            fold.flush();
        } catch (MongoBulkWriteException refused) {
            log.warn("View {}: a write of {} records was refused ({}); applying them one by one",
                    view.group(), records.size(), refused.getWriteErrors());
            for (ConsumerRecord<String, byte[]> record : records) {
                processAlone(record);
            }
            return;
        }
        fold.measure();
    }

    private void processAlone(ConsumerRecord<String, byte[]> record) {
        Optional<DecodedEvent> event = decode(record);
        if (event.isEmpty()) {
            return;
        }
        Fold fold = new Fold();
        fold.add(new Touching(record, event.get(), List.of()));
        try {
            fold.flush();
            fold.measure();
        } catch (MongoBulkWriteException refused) {
            deadLetter(record, refused);
        }
    }

    private Optional<DecodedEvent> decode(ConsumerRecord<String, byte[]> record) {
        try {
            return PublicEventRecords.decode(record);
        } catch (PoisonEvent poison) {
            deadLetter(record, poison);
            return Optional.empty();
        }
    }

    private void deadLetter(ConsumerRecord<String, byte[]> record, Exception cause) {
        deadLetters.send(record, cause);
        metrics.deadLettered();
    }

    /** A decoded record and the documents its event touches as far as known when the poll arrived (to prefetch them). */
    private record Touching(ConsumerRecord<String, byte[]> record, DecodedEvent event, Collection<String> ids) {
    }

    /** The documents of one poll, folded in memory. */
    private final class Fold {

        private final Map<String, Entry<S>> entries = new LinkedHashMap<>();
        private final List<Instant> appliedEventTimes = new ArrayList<>();
        /** The poll's documents read up front, in one batched read by {@code _id} (absent: not stored). */
        private final Map<String, Document> prefetched = new HashMap<>();
        private final Set<String> asked = new HashSet<>();

        /** Reads every document the poll touches at once, instead of one round trip per document. */
        void prefetch(List<Touching> events) {
            Set<String> ids = new LinkedHashSet<>();
            events.forEach(touching -> ids.addAll(touching.ids()));
            prefetched.putAll(collection.findAll(ids));
            asked.addAll(ids);
        }

        void add(Touching touching) {
            ConsumerRecord<String, byte[]> record = touching.record();
            DecodedEvent event = touching.event();
            // Asked again, now: which documents an event touches may depend on what the view knows by
            // the time it is applied (a couple's timezone, say); the ids asked up front are only a hint.
            // Asked once: every document is changed knowing these ids, not a later answer.
            Collection<String> ids = view.documentsOf(event);
            if (ids.isEmpty()) {
                metrics.ignored();
                return;
            }
            CloudEvent envelope = event.envelope();
            String eventId = envelope.aggregateId() + ":" + envelope.aggregateSequence();
            Map<Entry<S>, S> changes = new LinkedHashMap<>();
            for (String id : ids) {
                Entry<S> entry = entries.computeIfAbsent(id, documentId -> load(documentId, event.event().coupleId()));
                if (entry.applied.seen(record.partition(), record.offset(), eventId)) {
                    // Not worth a write of its own; kept if the document is written for another event.
                    entry.applied.passed(record.partition(), record.offset());
                    continue;
                }
                try {
                    changes.put(entry, view.apply(entry.state, event, id, ids));
                } catch (RuntimeException cannotApply) {
                    // Nothing of this event is applied, to any document: it is parked whole.
                    deadLetter(record, new PoisonEvent("view " + view.group() + " cannot apply " + eventId
                            + " to " + id + ": " + cannotApply.getMessage(), cannotApply));
                    return;
                }
            }
            if (changes.isEmpty()) {
                metrics.duplicate();
                return;
            }
            changes.forEach((entry, state) -> {
                entry.state = state;
                entry.applied.applied(record.partition(), record.offset(), eventId);
                entry.dirty = true;
            });
            appliedEventTimes.add(envelope.time());
        }

        void flush() {
            Set<String> erased = erased(entries.values());
            List<String> dropped = new ArrayList<>();
            List<Document> changed = new ArrayList<>();
            entries.forEach((id, entry) -> {
                if (erased.contains(entry.coupleId)) {
                    dropped.add(id);
                    return;
                }
                view.beforeWrite(id, entry.state);
                if (entry.dirty) {
                    Document document = view.write(entry.state);
                    document.put("_id", id);
                    document.put(AppliedEvents.FIELD, entry.applied.toDocument());
                    changed.add(document);
                }
            });
            collection.replaceAll(changed);
            collection.deleteAll(dropped);
            entries.forEach((id, entry) -> {
                if (!erased.contains(entry.coupleId)) {
                    view.afterWrite(id, entry.state);
                }
            });
            List<Entry<S>> written = entries.values().stream()
                    .filter(entry -> entry.dirty && !erased.contains(entry.coupleId)).toList();
            // The erasure may have landed since the check above: what was written for it goes again.
            Set<String> erasedMeanwhile = erased(written);
            if (!erasedMeanwhile.isEmpty()) {
                collection.deleteAll(entries.entrySet().stream()
                        .filter(entry -> entry.getValue().dirty && erasedMeanwhile.contains(entry.getValue().coupleId))
                        .map(Map.Entry::getKey).toList());
            }
        }

        /** The couples of these entries whose tombstone is written, each read by {@code _id}. */
        private Set<String> erased(Collection<Entry<S>> touched) {
            if (tombstones == null || touched.isEmpty()) {
                return Set.of();
            }
            Set<String> couples = new LinkedHashSet<>();
            touched.forEach(entry -> couples.add(entry.coupleId));
            Set<String> erased = new HashSet<>();
            tombstones.findAll(couples).forEach((coupleId, membership) -> {
                if (Roster.isTombstone(membership)) {
                    erased.add(coupleId);
                }
            });
            return erased;
        }

        /** After the write: how long each applied event took from happening to being visible. */
        void measure() {
            Instant now = clock.instant();
            for (Instant happened : appliedEventTimes) {
                metrics.applied(Duration.between(happened, now));
            }
        }

        private Entry<S> load(String id, String coupleId) {
            @Nullable Document stored = asked.contains(id) ? prefetched.get(id) : collection.find(id).orElse(null);
            S state = stored == null ? view.empty(id) : view.read(stored);
            return new Entry<>(coupleId, state, AppliedEvents.of(stored));
        }
    }

    private static final class Entry<S> {
        final String coupleId;
        S state;
        final AppliedEvents applied;
        boolean dirty;

        Entry(String coupleId, S state, AppliedEvents applied) {
            this.coupleId = coupleId;
            this.state = state;
            this.applied = applied;
        }
    }
}
