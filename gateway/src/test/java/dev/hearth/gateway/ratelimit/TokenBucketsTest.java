package dev.hearth.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.gateway.ratelimit.RateLimitProperties.Policy;
import io.github.bucket4j.TimeMeter;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

/** The default budget, played on a clock the test moves: what a client may do, and what it may not. */
class TokenBucketsTest {

    /** The defaults of application.yml: 20 a second, 60 at once. */
    static final Policy DEFAULTS = new Policy(20, 60, Duration.ofSeconds(1));

    final ManualTime time = new ManualTime();
    final TokenBuckets buckets = new TokenBuckets(DEFAULTS, 1_000, Duration.ofMinutes(10), time);

    @Test
    void a_burst_of_twelve_parallel_requests_passes() {
        for (int i = 0; i < 12; i++) {
            assertThat(buckets.consume("sub:alice").isAllowed()).isTrue();
        }
    }

    @Test
    void a_client_polling_twenty_times_a_second_for_ten_minutes_is_never_refused() {
        for (int i = 0; i < 20 * 600; i++) {
            assertThat(buckets.consume("sub:alice").isAllowed()).as("poll %d", i).isTrue();
            time.advance(TimeUnit.MILLISECONDS.toNanos(50));
        }
    }

    @Test
    void four_hundred_requests_sixteen_at_a_time_meet_429s() {
        int refused = 0;
        // Sixteen at a time, each round answered in 10 ms: 1,600 requests a second offered.
        for (int round = 0; round < 400 / 16; round++) {
            for (int i = 0; i < 16; i++) {
                if (!buckets.consume("sub:alice").isAllowed()) {
                    refused++;
                }
            }
            time.advance(TimeUnit.MILLISECONDS.toNanos(10));
        }

        assertThat(refused).isGreaterThan(300);
        assertThat(buckets.consume("sub:bob").isAllowed()).as("another caller").isTrue();
    }

    @Test
    void a_refusal_says_in_whole_seconds_when_to_come_back_at_least_one() {
        for (int i = 0; i < 60; i++) {
            buckets.consume("sub:alice");
        }

        assertThat(buckets.consume("sub:alice").getHeaders()).containsEntry("Retry-After", "1");
        assertThat(TokenBuckets.retryAfterSeconds(0)).isEqualTo(1);
        assertThat(TokenBuckets.retryAfterSeconds(1)).isEqualTo(1);
        assertThat(TokenBuckets.retryAfterSeconds(1_000_000_001L)).isEqualTo(2);
    }

    @Test
    void buckets_are_bounded_in_number() {
        TokenBuckets few = new TokenBuckets(DEFAULTS, 100, Duration.ofMinutes(10), time);
        for (int i = 0; i < 10_000; i++) {
            few.consume("ip:" + i);
        }

        assertThat(few.keys()).isLessThanOrEqualTo(100);
    }

    @Test
    void without_trusted_hops_x_forwarded_for_is_ignored() {
        MockServerWebExchange exchange = fromPeer("192.0.2.7", "198.51.100.1");

        assertThat(RateLimiting.addressKey(RateLimiting.clientAddress(0).resolve(exchange))).isEqualTo("192.0.2.7");
    }

    @Test
    void with_trusted_hops_the_address_the_first_trusted_proxy_saw_is_the_key() {
        MockServerWebExchange exchange = fromPeer("192.0.2.7", "198.51.100.66, 198.51.100.1, 192.0.2.3");

        assertThat(RateLimiting.addressKey(RateLimiting.clientAddress(1).resolve(exchange))).isEqualTo("192.0.2.3");
        assertThat(RateLimiting.addressKey(RateLimiting.clientAddress(2).resolve(exchange))).isEqualTo("198.51.100.1");
    }

    private static MockServerWebExchange fromPeer(String peer, String forwardedFor) {
        return MockServerWebExchange.from(MockServerHttpRequest.get("/api/couples/c1/insights")
                .remoteAddress(new InetSocketAddress(peer, 40_000))
                .header("X-Forwarded-For", forwardedFor));
    }

    static final class ManualTime implements TimeMeter {

        private long nanos = 1_000_000_000L;

        void advance(long by) {
            nanos += by;
        }

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }
}
