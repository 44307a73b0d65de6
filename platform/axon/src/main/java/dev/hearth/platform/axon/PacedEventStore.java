package dev.hearth.platform.axon;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

/**
 * Axon's {@link EmbeddedEventStore}, waking the tracking processors at most once per wake interval
 * instead of after every commit.
 *
 * <p>A tracking processor (each view, the outbox publisher) pays per batch, not per event: a
 * transaction, its token serialized and its row read {@code FOR UPDATE} and updated, a unit of work,
 * a bulk write per collection. Woken after every commit, at hundreds of commands a second every
 * processor ran batches of one or two events, and the store's producer read the event table twice
 * per commit (once for the new events, once to find none). Woken at most once per interval, each wake
 * carries whatever the interval committed. The price: an event reaches the processors up to one
 * interval later. With nothing committed the store behaves as Axon's (a fetch per fetch delay).
 *
 * <p>No wake is lost: the flag is cleared before the producer is woken, so a commit landing while
 * the producer reads asks for the next wake.
 */
public final class PacedEventStore extends EmbeddedEventStore {

    private final long wakeIntervalNanos;
    private final ScheduledExecutorService waker;
    private final AtomicBoolean wakeRequested = new AtomicBoolean();

    public PacedEventStore(EmbeddedEventStore.Builder builder, Duration wakeInterval) {
        super(builder);
        if (wakeInterval.isNegative()) {
            throw new IllegalArgumentException("the wake interval cannot be negative: " + wakeInterval);
        }
        this.wakeIntervalNanos = wakeInterval.toNanos();
        this.waker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "event-store-waker");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    protected void afterCommit(List<? extends EventMessage<?>> events) {
        if (wakeIntervalNanos == 0) {
            super.afterCommit(events);
        } else if (wakeRequested.compareAndSet(false, true)) {
            try {
                waker.schedule(() -> {
                    wakeRequested.set(false);
                    super.afterCommit(List.of());
                }, wakeIntervalNanos, TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException shuttingDown) {
                wakeRequested.set(false);
                super.afterCommit(events);
            }
        }
    }

    @Override
    public void shutDown() {
        waker.shutdownNow();
        super.shutDown();
    }
}
