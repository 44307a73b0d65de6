package dev.hearth.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.hearth.gateway.ratelimit.RateLimitProperties.Policy;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.Map;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.http.HttpHeaders;
import reactor.core.publisher.Mono;

/**
 * In-memory token buckets (Bucket4j), one per key, in a bounded Caffeine cache: Spring Cloud
 * Gateway's {@link RateLimiter} contract, so that a shared store (its Redis limiter) can replace this
 * one when limits must hold across instances. One policy for every route: per-route quotas are not
 * needed yet, and {@code routeId} is ignored.
 *
 * <p>A refusal carries {@code Retry-After}: the whole seconds until the next token, at least 1.
 */
public final class TokenBuckets implements RateLimiter<Policy> {

    private static final Response ALLOWED = new Response(true, Map.of());

    private final Policy policy;
    private final TimeMeter time;
    private final Cache<String, Bucket> buckets;

    public TokenBuckets(Policy policy, long maxKeys, Duration idle) {
        this(policy, maxKeys, idle, TimeMeter.SYSTEM_NANOTIME);
    }

    /** With another clock: the budget tests play minutes of traffic in no time. */
    TokenBuckets(Policy policy, long maxKeys, Duration idle, TimeMeter time) {
        this.policy = policy;
        this.time = time;
        this.buckets = Caffeine.newBuilder().maximumSize(maxKeys).expireAfterAccess(idle).build();
    }

    @Override
    public Mono<Response> isAllowed(String routeId, String id) {
        return Mono.just(consume(id));
    }

    /** Takes a token from {@code key}'s bucket, or says how long until there is one. */
    Response consume(String key) {
        ConsumptionProbe probe = buckets.get(key, unused -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return ALLOWED;
        }
        return new Response(false, Map.of(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds(probe.getNanosToWaitForRefill()))));
    }

    /** Whole seconds, rounded up, never 0: a client that waits that long gets a token. */
    static long retryAfterSeconds(long nanos) {
        long seconds = (nanos + 999_999_999L) / 1_000_000_000L;
        return Math.max(1, seconds);
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(policy.burst()).refillGreedy(policy.rate(), policy.period()))
                .withCustomTimePrecision(time)
                .build();
    }

    long keys() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    @Override
    public Map<String, Policy> getConfig() {
        return Map.of(RateLimiting.EVERY_ROUTE, policy);
    }

    @Override
    public Class<Policy> getConfigClass() {
        return Policy.class;
    }

    @Override
    public Policy newConfig() {
        return policy;
    }
}
