package dev.hearth.platform.security.reactive;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import reactor.core.publisher.Mono;

/**
 * Remembers the tokens that passed every check, so that a client's next requests with the same
 * token skip parsing and the RSA signature check (the largest part of the gateway's own cost).
 *
 * <p>Why this accepts nothing the uncached decoder would refuse:
 * <ul>
 *   <li>the key is the exact token string, so a hit is the very token that was checked: same
 *       signature, same claims;</li>
 *   <li>an entry lives no longer than the token's {@code exp} (and a hit is checked against it
 *       again), while the decoder itself accepts a token up to a minute past it (clock skew); a
 *       token without {@code exp} is refused by the validator and never stored;</li>
 *   <li>issuer, audience and subject rules are fixed for the process, so their answer cannot change;</li>
 *   <li>the keys: a local public key is read once at start-up, so rotating it restarts the gateway
 *       and the cache with it. An issuer's key set is kept by Spring until a token names a key id it
 *       does not hold, and is then fetched again; {@link #onKeySetFetch()} empties the cache on every
 *       such fetch, so a token signed by a key that left the set is refused exactly when the
 *       uncached decoder starts refusing it. A check still running during a fetch is not stored.</li>
 * </ul>
 * Refused tokens are not stored: each one is checked again, with the same 401 detail as before.
 * Bounded in size (the least used entries go first) and in time: an entry stays at most
 * {@link #LONGEST_STAY}, whatever its token's lifetime.
 */
final class ValidatedTokens implements KnownTokens {

    /** Enough for every active client of one gateway instance; an entry is a few kilobytes. */
    static final long DEFAULT_MAXIMUM_SIZE = 10_000;
    /** A long-lived token is checked again this often all the same; a check costs about a millisecond. */
    static final Duration LONGEST_STAY = Duration.ofHours(1);

    private final Cache<String, Jwt> validated;
    private final Clock clock;
    /** Counts key-set fetches: a check that saw a fetch while it ran is not stored. */
    private final AtomicLong keySets = new AtomicLong();

    ValidatedTokens(long maximumSize, Clock clock, Ticker ticker) {
        this.clock = clock;
        this.validated = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .expireAfter(new UntilExpiry(clock))
                .ticker(ticker)
                .build();
    }

    static ValidatedTokens withSystemClock() {
        return new ValidatedTokens(DEFAULT_MAXIMUM_SIZE, Clock.systemUTC(), Ticker.systemTicker());
    }

    /** {@code decoder}, answering from this cache when it already accepted the same token. */
    ReactiveJwtDecoder in(ReactiveJwtDecoder decoder) {
        return token -> {
            Jwt known = validated.getIfPresent(token);
            if (known != null && stillValid(known)) {
                return Mono.just(known);
            }
            long keySet = keySets.get();
            return decoder.decode(token).doOnNext(jwt -> remember(token, jwt, keySet));
        };
    }

    @Override
    public boolean isKnown(String token) {
        Jwt known = validated.getIfPresent(token);
        return known != null && stillValid(known);
    }

    /** A filter for the client that fetches an issuer's discovery document and key set. */
    ExchangeFilterFunction onKeySetFetch() {
        return (request, next) -> next.exchange(request).doOnNext(response -> keySetFetched());
    }

    void keySetFetched() {
        keySets.incrementAndGet();
        validated.invalidateAll();
    }

    long size() {
        validated.cleanUp();
        return validated.estimatedSize();
    }

    private void remember(String token, Jwt jwt, long keySetAtStart) {
        if (!stillValid(jwt) || keySets.get() != keySetAtStart) {
            return;
        }
        validated.put(token, jwt);
        // A fetch between the check above and the put: its invalidateAll may have run first.
        if (keySets.get() != keySetAtStart) {
            validated.invalidate(token);
        }
    }

    private boolean stillValid(Jwt jwt) {
        @Nullable Instant expiresAt = jwt.getExpiresAt();
        return expiresAt != null && expiresAt.isAfter(clock.instant());
    }

    /** Each entry expires at its token's {@code exp}. */
    private record UntilExpiry(Clock clock) implements Expiry<String, Jwt> {

        @Override
        public long expireAfterCreate(String token, Jwt jwt, long currentTime) {
            @Nullable Instant expiresAt = jwt.getExpiresAt();
            if (expiresAt == null) {
                return 0;
            }
            Duration left = Duration.between(clock.instant(), expiresAt);
            return left.isNegative() ? 0 : left.compareTo(LONGEST_STAY) > 0 ? LONGEST_STAY.toNanos() : left.toNanos();
        }

        @Override
        public long expireAfterUpdate(String token, Jwt jwt, long currentTime, long currentDuration) {
            return expireAfterCreate(token, jwt, currentTime);
        }

        @Override
        public long expireAfterRead(String token, Jwt jwt, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
