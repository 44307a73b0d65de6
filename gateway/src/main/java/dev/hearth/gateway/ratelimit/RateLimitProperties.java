package dev.hearth.gateway.ratelimit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code hearth.rate-limit.*}, set through the {@code HEARTH_RATE_LIMIT_*} variables (application.yml).
 * Limits hold per gateway instance: behind N instances a caller gets up to N times as much.
 *
 * @param enabled     false turns both limits off
 * @param user        the bucket of each authenticated caller, keyed by the token's {@code sub}
 * @param anonymous   the bucket of each client address, for requests not authenticated yet
 * @param trustedHops how many proxies in front of the gateway append to {@code X-Forwarded-For}; 0 (the
 *                    default) keys by the TCP peer and ignores the header, which a client can forge
 * @param maxKeys     the most buckets kept; the least recently used go first
 * @param idle        a bucket unused this long is forgotten (it would be full again by then)
 */
@ConfigurationProperties("hearth.rate-limit")
public record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue Policy user,
        @DefaultValue Policy anonymous,
        @DefaultValue("0") int trustedHops,
        @DefaultValue("100000") long maxKeys,
        @DefaultValue("10m") Duration idle) {

    public RateLimitProperties {
        if (trustedHops < 0) {
            throw new IllegalArgumentException("hearth.rate-limit.trusted-hops must be 0 or more, not " + trustedHops);
        }
    }

    /**
     * A token bucket: {@code burst} requests at once, refilled with {@code rate} tokens every {@code period}.
     *
     * @param rate   tokens added per period (HEARTH_RATE_LIMIT_*_RATE: per second)
     * @param burst  the bucket's size (HEARTH_RATE_LIMIT_*_BURST)
     * @param period the refill period; one second unless a test needs a slower one
     */
    public record Policy(@DefaultValue("20") long rate, @DefaultValue("60") long burst,
                         @DefaultValue("1s") Duration period) {

        public Policy {
            if (rate < 1 || burst < 1 || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("a rate limit needs rate ≥ 1, burst ≥ 1 and a positive period: "
                        + rate + ", " + burst + ", " + period);
            }
        }
    }
}
