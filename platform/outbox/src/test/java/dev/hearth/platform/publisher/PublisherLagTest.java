package dev.hearth.platform.publisher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The outbox lag gauge's arithmetic and its cache, with scripted positions and a controlled clock. */
class PublisherLagTest {

    private static final Duration CACHE = Duration.ofSeconds(1);

    private final AtomicLong now = new AtomicLong();
    private final AtomicLong newest = new AtomicLong();
    private final AtomicLong published = new AtomicLong();
    private final AtomicInteger reads = new AtomicInteger();

    @Test
    void the_lag_is_the_events_stored_after_the_publishers_position() {
        newest.set(120);
        published.set(100);

        assertThat(lag().eventsBehind()).isEqualTo(20);
    }

    @Test
    void a_publisher_that_caught_up_has_no_lag() {
        newest.set(7);
        published.set(7);

        assertThat(lag().eventsBehind()).isZero();
    }

    @Test
    void the_lag_is_never_negative() {
        // The two positions are read one after the other; whatever happens in between, a lag is a count.
        newest.set(5);
        published.set(7);

        assertThat(lag().eventsBehind()).isZero();
    }

    @Test
    void a_reading_is_reused_until_it_is_older_than_the_cache_time() {
        PublisherLag lag = lag();
        newest.set(5);

        double first = lag.eventsBehind();
        newest.set(9);
        now.addAndGet(CACHE.toNanos() - 1);
        double cached = lag.eventsBehind();
        now.addAndGet(1);
        double fresh = lag.eventsBehind();

        assertThat(first).isEqualTo(5);
        assertThat(cached).isEqualTo(5);
        assertThat(fresh).isEqualTo(9);
        assertThat(reads).hasValue(2);
    }

    @Test
    void a_scrape_during_a_refresh_gets_the_previous_reading_instead_of_a_second_query() throws Exception {
        CountDownLatch measuring = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger slowReads = new AtomicInteger();
        PublisherLag lag = new PublisherLag(newest::get, () -> {
            if (slowReads.incrementAndGet() == 2) {
                measuring.countDown();
                await(release);
            }
            return published.get();
        }, CACHE, now::get);
        newest.set(3);
        lag.eventsBehind();
        now.addAndGet(CACHE.toNanos());
        newest.set(8);

        CompletableFuture<Double> refresh = CompletableFuture.supplyAsync(lag::eventsBehind);
        assertThat(measuring.await(5, TimeUnit.SECONDS)).isTrue();
        double duringRefresh = lag.eventsBehind();
        release.countDown();

        assertThat(duringRefresh).isEqualTo(3);
        assertThat(refresh.get(5, TimeUnit.SECONDS)).isEqualTo(8);
        assertThat(slowReads).hasValue(2);
    }

    @Test
    void an_unreadable_store_reads_as_not_a_number() {
        PublisherLag lag = new PublisherLag(() -> {
            throw new IllegalStateException("database down");
        }, published::get, CACHE, now::get);

        assertThat(lag.eventsBehind()).isNaN();
    }

    private PublisherLag lag() {
        return new PublisherLag(() -> {
            reads.incrementAndGet();
            return newest.get();
        }, published::get, CACHE, now::get);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
