package dev.hearth.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.hearth.platform.axon.tally.TallyApplication;
import dev.hearth.platform.axon.tally.TallyOpened;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.common.stream.BlockingStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link PacedEventStore} over the service's real JDBC storage engine and PostgreSQL. Each store here
 * fetches on its own only once an hour, so an event that arrives was brought by a wake.
 */
@SpringBootTest(classes = TallyApplication.class)
class PacedEventStoreTest {

    private static final Duration WITHIN = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        AxonTestDatabases.register(registry, "platform_axon_paced", "platform_axon_paced");
    }

    @Autowired EventStorageEngine storageEngine;
    @Autowired TransactionManager transactionManager;

    private final List<PacedEventStore> stores = new ArrayList<>();

    @AfterEach
    void shutDown() {
        stores.forEach(PacedEventStore::shutDown);
    }

    @Test
    void every_commit_reaches_a_tailing_stream_though_the_store_never_fetches_by_itself() throws Exception {
        PacedEventStore store = paced(storageEngine, Duration.ofMillis(20));
        BlockingStream<TrackedEventMessage<?>> stream = tailing(store);

        for (int i = 0; i < 3; i++) {
            String tally = commit(store);

            assertThat(stream.hasNextAvailable((int) WITHIN.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
            assertThat(stream.nextAvailable().getPayload()).isEqualTo(new TallyOpened(tally, "couple-1"));
        }
    }

    @Test
    void commits_within_one_wake_interval_are_read_from_the_event_table_together() throws Exception {
        CountingEngine engine = new CountingEngine(storageEngine);
        PacedEventStore store = paced(engine, Duration.ofSeconds(2));
        BlockingStream<TrackedEventMessage<?>> stream = tailing(store);
        await().atMost(WITHIN).until(() -> engine.trackedReads.get() >= 1);
        engine.trackedReads.set(0);

        List<String> committed = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            // Spaced as requests are: Axon's own store would wake and read after each.
            Thread.sleep(100);
            committed.add(commit(store));
        }
        List<String> received = new ArrayList<>();
        while (received.size() < committed.size()
                && stream.hasNextAvailable((int) WITHIN.toMillis(), TimeUnit.MILLISECONDS)) {
            received.add(((TallyOpened) stream.nextAvailable().getPayload()).tallyId());
        }

        assertThat(received).containsExactlyElementsOf(committed);
        // One read brings the five, one more finds nothing new; woken per commit it would be ten.
        assertThat(engine.trackedReads.get()).isLessThanOrEqualTo(2);
    }

    private PacedEventStore paced(EventStorageEngine engine, Duration wakeInterval) {
        PacedEventStore store = new PacedEventStore(EmbeddedEventStore.builder()
                .storageEngine(engine)
                .fetchDelay(1)
                .timeUnit(TimeUnit.HOURS), wakeInterval);
        stores.add(store);
        return store;
    }

    /** A stream from the head that has joined the store's producer (it returns nothing yet). */
    private static BlockingStream<TrackedEventMessage<?>> tailing(PacedEventStore store) throws InterruptedException {
        BlockingStream<TrackedEventMessage<?>> stream = store.openStream(store.createHeadToken());
        assertThat(stream.hasNextAvailable(10, TimeUnit.MILLISECONDS)).isFalse();
        return stream;
    }

    /** Publishes one event in its own unit of work and transaction, as a command handler does. */
    private String commit(PacedEventStore store) {
        String tally = UUID.randomUUID().toString();
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        unitOfWork.attachTransaction(transactionManager);
        unitOfWork.execute(() -> store.publish(GenericEventMessage.asEventMessage(new TallyOpened(tally, "couple-1"))));
        return tally;
    }

    /** The real engine, counting the producer's reads of the event table. */
    private static final class CountingEngine implements EventStorageEngine {

        private final EventStorageEngine delegate;
        private final AtomicInteger trackedReads = new AtomicInteger();

        CountingEngine(EventStorageEngine delegate) {
            this.delegate = delegate;
        }

        @Override
        public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
            trackedReads.incrementAndGet();
            return delegate.readEvents(trackingToken, mayBlock);
        }

        @Override
        public void appendEvents(List<? extends EventMessage<?>> events) {
            delegate.appendEvents(events);
        }

        @Override
        public void storeSnapshot(DomainEventMessage<?> snapshot) {
            delegate.storeSnapshot(snapshot);
        }

        @Override
        public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
            return delegate.readEvents(aggregateIdentifier, firstSequenceNumber);
        }

        @Override
        public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
            return delegate.readSnapshot(aggregateIdentifier);
        }

        @Override
        public TrackingToken createHeadToken() {
            return delegate.createHeadToken();
        }
    }
}
