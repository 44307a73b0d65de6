package dev.hearth.commitment.promise.view;

import static dev.hearth.commitment.promise.view.PromiseListLayout.RECENT;

import com.mongodb.client.MongoDatabase;
import dev.hearth.commitment.membership.view.MembershipView;
import dev.hearth.commitment.promise.PromiseBroken;
import dev.hearth.commitment.promise.PromiseEvent;
import dev.hearth.commitment.promise.PromiseKept;
import dev.hearth.commitment.promise.PromiseMade;
import dev.hearth.commitment.promise.PromiseMissed;
import dev.hearth.commitment.promise.PromiseReleased;
import dev.hearth.commitment.promise.PromiseRenegotiated;
import dev.hearth.commitment.promise.PromiseWithdrawn;
import dev.hearth.commitment.promise.ReleaseOnLeave;
import dev.hearth.commitment.promise.PromiseState;
import dev.hearth.commitment.promise.PromiseStatus;
import dev.hearth.platform.axon.Commands;
import dev.hearth.platform.axon.view.AxonView;
import dev.hearth.platform.axon.view.ParkedEvents;
import dev.hearth.platform.axon.view.ViewBatch;
import dev.hearth.platform.consumer.view.MembershipFoldView.CoupleEnding;
import dev.hearth.platform.mongo.DigestRing;
import dev.hearth.platform.mongo.ViewCollection;
import dev.hearth.platform.mongo.ViewLayouts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * Files every promise in its couple's list ({@link PromiseListLayout}) from the service's own event
 * store, through the view processor {@value #PROCESSOR} (batches, one writer per couple, dead letters:
 * see {@code AxonViewsAutoConfiguration}). Each promise's item keeps the last sequence of its
 * promise it applied, so a replayed or re-processed event changes nothing. Descriptions are filed
 * sealed, as the events hold them; {@link PromiseList} opens them.
 *
 * <p>Erasure: an event of a couple this instance knows erased (it heard the erasure, or applied it) is not
 * filed; once the batch is written, its couples' membership documents are read by {@code _id} (one batched
 * read): a couple erased, before or during the batch, loses what the batch wrote (an outcome of an erased
 * couple's promise no longer filed is skipped). {@link #erased} (the couple's ending) deletes the couple's
 * index, parts and locations by {@code _id}, through the index, and its parked dead letters.
 *
 * <p>Leave: a promise filed once its couple is closed (made a moment before the leave, it was not
 * listed when the leave released the couple's open promises) is released by the leaver like them. The
 * membership is read by {@code _id} after the batch is written, and the membership view lists the open
 * promises again after it records the leave: whichever comes second sees the other, so none stays open.
 */
@Component
@ProcessingGroup(PromiseListView.PROCESSOR)
public class PromiseListView implements CoupleEnding {

    public static final AxonView VIEW = new AxonView(PromiseListLayout.NAME, PromiseListLayout.VERSION);
    public static final String PROCESSOR = "promise-view-v" + PromiseListLayout.VERSION;
    /** The collections of the list's parts and index, and of the promises' locations (tests and tools read them). */
    public static final String PARTS_COLLECTION = ViewLayouts.collectionName(PromiseListLayout.PARTS, PromiseListLayout.VERSION);
    public static final String LOCATIONS_COLLECTION = ViewLayouts.collectionName(PromiseListLayout.LOCATIONS, PromiseListLayout.VERSION);
    /** Promises per part: the n-th promise of a couple is item {@code n % PART_SIZE} of part {@code n / PART_SIZE}. */
    public static final int PART_SIZE = PromiseListLayout.PART_SIZE;

    private static final String COUPLES = PromiseListView.class.getName() + "/couples";

    private final ViewCollection parts;
    private final ViewCollection locations;
    private final ParkedEvents parked;
    private final MembershipView couples;
    private final Commands commands;

    public PromiseListView(@Qualifier("readModelDatabase") MongoDatabase database, DataSource dataSource,
                           MembershipView couples, Commands commands) {
        this.parts = ViewLayouts.prepare(database, PromiseListLayout.PARTS, PromiseListLayout.VERSION, true);
        this.locations = ViewLayouts.prepare(database, PromiseListLayout.LOCATIONS, PromiseListLayout.VERSION, true);
        this.parked = new ParkedEvents(dataSource, PROCESSOR);
        this.couples = couples;
        this.commands = commands;
    }

    @Bean
    static AxonView promiseListAxonView() {
        return VIEW;
    }

    @EventHandler
    public void on(PromiseEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (couples.erasedAsKnown(event.coupleId())) {
            // Known here without a read: the erasure this instance heard, or applied itself.
            return;
        }
        BatchCouples batch = couplesOfThisBatch();
        List<String> madeHere = batch.made().computeIfAbsent(event.coupleId(), coupleId -> new ArrayList<>());
        if (event instanceof PromiseMade) {
            madeHere.add(event.promiseId());
        }
        switch (event) {
            case PromiseMade made -> file(made, sequence, at);
            case PromiseRenegotiated renegotiated -> update(renegotiated, sequence, at);
            case PromiseKept kept -> update(kept, sequence, at);
            case PromiseBroken broken -> update(broken, sequence, at);
            case PromiseMissed missed -> update(missed, sequence, at);
            case PromiseReleased released -> update(released, sequence, at);
            case PromiseWithdrawn withdrawn -> update(withdrawn, sequence, at);
        }
    }

    /** Deletes the couple's documents by {@code _id}, the index last (so a crash half-way is redone), and its dead letters. */
    @Override
    public void erased(String coupleId) {
        // From now on this instance files nothing more of the couple (see on(..)), whichever path told it.
        couples.erased(coupleId, Instant.now());
        long count = parts.find(coupleId).map(index -> index.get("count", Number.class).longValue()).orElse(0L);
        List<String> partIds = PromiseListLayout.partIds(coupleId, count);
        List<String> promiseIds = new ArrayList<>();
        parts.findAll(partIds).values().forEach(part -> part.getList("items", Document.class)
                .forEach(item -> promiseIds.add(item.getString("promiseId"))));
        locations.deleteAll(promiseIds);
        parts.deleteAll(partIds);
        parts.deleteAll(List.of(coupleId));
        parked.dropCouple(coupleId);
    }

    /**
     * The couples of this batch and the promises each made. The first call reads ahead ({@link #readAhead})
     * and registers the check run when the batch commits, after its writes (registered after
     * {@link ViewBatch}'s own): one batched read of the couples' membership documents by {@code _id}; a
     * couple erased (before or during the batch) loses what was written; the promises made in a closed
     * couple are released, in the batch's transaction (a failure redoes the batch).
     */
    private BatchCouples couplesOfThisBatch() {
        ViewBatch.of(parts);
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        BatchCouples known = root.getResource(COUPLES);
        if (known != null) {
            return known;
        }
        // The batch's first event: outside getOrComputeResource, as reading adds the batches of both collections.
        readAhead();
        return root.getOrComputeResource(COUPLES, key -> {
            BatchCouples batch = new BatchCouples(new LinkedHashMap<>());
            root.onPrepareCommit(unitOfWork -> couples.rostersNow(batch.made().keySet()).forEach((coupleId, roster) -> {
                if (roster.isErased()) {
                    erased(coupleId);
                } else if (roster.closed()) {
                    roster.departed().stream().reduce((first, last) -> last).ifPresent(leaver -> batch.made().get(coupleId)
                            .forEach(promiseId -> commands.send(new ReleaseOnLeave(promiseId, coupleId, leaver))));
                }
            }));
            return batch;
        });
    }

    /**
     * Reads what the batch's events will touch before the first is applied, in three batched reads by
     * {@code _id} instead of two round trips per event: the indexes of the couples that make promises and
     * the locations of the promises with outcomes, then the parts those point at.
     */
    private void readAhead() {
        ViewBatch listed = ViewBatch.of(parts);
        ViewBatch located = ViewBatch.of(locations);
        Map<String, Long> madePerCouple = new LinkedHashMap<>();
        List<PromiseEvent> outcomes = new ArrayList<>();
        for (PromiseEvent event : ViewBatch.payloadsOfThisBatch(PromiseEvent.class)) {
            if (event instanceof PromiseMade) {
                madePerCouple.merge(event.coupleId(), 1L, Long::sum);
            } else {
                outcomes.add(event);
            }
        }
        listed.readAhead(madePerCouple.keySet());
        located.readAhead(outcomes.stream().map(PromiseEvent::promiseId).toList());

        List<String> partIds = new ArrayList<>();
        madePerCouple.forEach((coupleId, made) -> {
            long count = listed.find(coupleId).map(index -> index.get("count", Number.class).longValue()).orElse(0L);
            for (long n = count; n < count + made; n += 1) {
                partIds.add(PromiseListLayout.partId(coupleId, n));
            }
        });
        outcomes.forEach(outcome -> located.find(outcome.promiseId()).ifPresent(location ->
                partIds.add(PromiseListLayout.partId(outcome.coupleId(), location.get("n", Number.class).longValue()))));
        listed.readAhead(partIds);
    }

    /** The couples of one batch, each with the promises it made in it (none for a batch of outcomes only). */
    private record BatchCouples(Map<String, List<String>> made) {
    }

    private void file(PromiseMade made, long sequence, Instant at) {
        ViewBatch batch = ViewBatch.of(parts);
        String coupleId = made.coupleId();
        Document index = batch.find(coupleId).orElseGet(() -> new Document("_id", coupleId).append("count", 0L));
        DigestRing recent = DigestRing.of(RECENT, index.get("recent"));
        if (recent.contains(made.promiseId())) {
            return;
        }
        long n = index.get("count", Number.class).longValue();
        // The item first: it throws for what cannot be stored, before anything of the promise is written.
        Document item = PromiseListLayout.item(n, PromiseState.after(null, made), at, sequence);

        String partId = PromiseListLayout.partId(coupleId, n);
        Document part = batch.find(partId).orElseGet(() -> new Document("_id", partId).append("items", new ArrayList<Document>()));
        List<Document> items = new ArrayList<>(part.getList("items", Document.class));
        // At its own position, so filing again after a half-written batch lands on the same place.
        int position = PromiseListLayout.position(n);
        if (position < items.size()) {
            items.set(position, item);
        } else {
            items.add(item);
        }
        batch.put(new Document(part).append("items", items));

        recent.add(made.promiseId());
        batch.put(new Document(index).append("count", n + 1).append("recent", recent.toBinary()));
        ViewBatch.of(locations).put(new Document("_id", made.promiseId()).append("coupleId", coupleId).append("n", n));
    }

    private void update(PromiseEvent outcome, long sequence, Instant at) {
        Optional<Document> filed = ViewBatch.of(locations).find(outcome.promiseId());
        if (filed.isEmpty() && couples.erased(outcome.coupleId())) {
            // The couple was erased and its list with it (the batch's check deletes anything written for it).
            return;
        }
        Document location = filed.orElseThrow(() ->
                new IllegalStateException("an outcome of promise " + outcome.promiseId() + ", which was never filed"));
        long n = location.get("n", Number.class).longValue();
        ViewBatch batch = ViewBatch.of(parts);
        String partId = PromiseListLayout.partId(outcome.coupleId(), n);
        Document part = batch.find(partId).orElseThrow(() -> new IllegalStateException("part " + partId + " is missing"));
        List<Document> items = new ArrayList<>(part.getList("items", Document.class));
        int position = PromiseListLayout.position(n);
        Document item = items.get(position);
        if (item.get("seq", Number.class).longValue() >= sequence) {
            return;
        }
        PromiseStatus status = PromiseStatus.after(outcome);
        Document updated = new Document(item).append("status", status.name())
                .append("closedAt", status.isClosed() ? Date.from(at) : null).append("seq", sequence);
        if (outcome instanceof PromiseRenegotiated renegotiated) {
            updated.append("dueAt", renegotiated.dueAt() == null ? null : Date.from(renegotiated.dueAt()));
            if (renegotiated.description() != null) {
                updated.append("description", new Document(renegotiated.description().fields()));
            }
        }
        items.set(position, updated);
        batch.put(new Document(part).append("items", items));
    }
}
