package dev.hearth.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenLoopTest {

    /** A clock that only moves when the loop sleeps, or when a send takes time. */
    private static final class FakeTicker implements OpenLoop.Ticker {
        long now;
        final List<Long> sleeps = new ArrayList<>();

        @Override
        public long nanoTime() {
            return now;
        }

        @Override
        public void sleepUntil(long deadline) {
            sleeps.add(deadline);
            now = Math.max(now, deadline);
        }
    }

    @Test
    void sends_are_due_at_fixed_intervals_from_the_start() {
        FakeTicker ticker = new FakeTicker();
        ticker.now = 1_000;
        OpenLoop loop = new OpenLoop(4, ticker);
        List<Long> scheduled = new ArrayList<>();

        loop.run(ticker.now, Duration.ofSeconds(1), scheduled::add);

        assertThat(scheduled).containsExactly(1_000L, 250_001_000L, 500_001_000L, 750_001_000L);
    }

    @Test
    void a_slow_send_does_not_push_the_later_ones_back() {
        FakeTicker ticker = new FakeTicker();
        OpenLoop loop = new OpenLoop(10, ticker);
        List<Long> scheduled = new ArrayList<>();
        List<Long> sentAt = new ArrayList<>();

        loop.run(0, Duration.ofMillis(500), due -> {
            scheduled.add(due);
            sentAt.add(ticker.now);
            if (due == 100_000_000L) {
                ticker.now += 250_000_000L; // the sending thread stalls for 250 ms
            }
        });

        assertThat(scheduled).containsExactly(0L, 100_000_000L, 200_000_000L, 300_000_000L, 400_000_000L);
        assertThat(sentAt).containsExactly(0L, 100_000_000L, 350_000_000L, 350_000_000L, 400_000_000L);
    }

    @Test
    void latency_counts_from_the_scheduled_time_so_a_late_send_carries_its_wait() {
        FakeTicker ticker = new FakeTicker();
        OpenLoop loop = new OpenLoop(10, ticker);
        List<Long> latencies = new ArrayList<>();

        loop.run(0, Duration.ofMillis(300), due -> {
            if (due == 0) {
                ticker.now += 150_000_000L; // stall before the second send
            }
            long answeredAt = ticker.now + 10_000_000L; // every answer takes 10 ms after it left
            latencies.add(OpenLoop.latencyNanos(due, answeredAt));
        });

        assertThat(latencies).containsExactly(160_000_000L, 60_000_000L, 10_000_000L);
    }

    @Test
    void a_fractional_rate_keeps_its_average_without_drift() {
        OpenLoop loop = new OpenLoop(3, new FakeTicker());

        assertThat(loop.scheduledAt(0, 1)).isEqualTo(333_333_333L);
        assertThat(loop.scheduledAt(0, 3_000)).isEqualTo(1_000_000_000_000L);
    }

    @Test
    void the_rate_must_be_positive() {
        assertThatThrownBy(() -> new OpenLoop(0, new FakeTicker())).isInstanceOf(IllegalArgumentException.class);
    }
}
