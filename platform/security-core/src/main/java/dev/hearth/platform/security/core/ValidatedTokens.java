package dev.hearth.platform.security.core;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Remembers the tokens that passed every check, so that a client's next requests with the same
 * token skip parsing and the RSA signature check: the largest part of the gateway's own cost, and a
 * tenth of a service's CPU per command. The gateway and every service keep their own (each checks
 * every token it is sent: a service trusts no caller, the gateway included).
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
 *       does not hold, and is then fetched again (by the servlet decoder also when its copy grows old);
 *       {@link #onKeySetFetch()} (or the reactive module's filter) empties the cache on every
 *       such fetch, so a token signed by a key that left the set is refused exactly when the
 *       uncached decoder starts refusing it. A check still running during a fetch is not stored.</li>
 * </ul>
 * Refused tokens are not stored: each one is checked again, with the same 401 detail as before.
 * Bounded in size (the least used entries go first) and in time: an entry stays at most
 * {@link #LONGEST_STAY}, whatever its token's lifetime.
 */
public final class ValidatedTokens {

    /** Enough for every active client of one gateway instance; an entry is a few kilobytes. */
    public static final long DEFAULT_MAXIMUM_SIZE = 10_000;
    /** A long-lived token is checked again this often all the same; a check costs about a millisecond. */
    public static final Duration LONGEST_STAY = Duration.ofHours(1);

    private final Cache<String, Jwt> validated;
    private final Clock clock;
    /** Counts key-set fetches: a check that saw a fetch while it ran is not stored. */
    private final AtomicLong keySets = new AtomicLong();

    public ValidatedTokens(long maximumSize, Clock clock, Ticker ticker) {
        this.clock = clock;
        this.validated = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .expireAfter(new UntilExpiry(clock))
                .ticker(ticker)
                .build();
    }

    public static ValidatedTokens withSystemClock() {
        return new ValidatedTokens(DEFAULT_MAXIMUM_SIZE, Clock.systemUTC(), Ticker.systemTicker());
    }

    /** {@code decoder}, answering from this cache when it already accepted the same token. */
    public JwtDecoder in(JwtDecoder decoder) {
        return token -> {
            @Nullable Jwt known = known(token);
            if (known != null) {
                return known;
            }
            long keySet = keySetGeneration();
            Jwt jwt = decoder.decode(token);
            remember(token, jwt, keySet);
            return jwt;
        };
    }

    /** The token's claims when this exact token passed every check and has not expired since; else null. */
    public @Nullable Jwt known(String token) {
        Jwt known = validated.getIfPresent(token);
        return known != null && stillValid(known) ? known : null;
    }

    /** Whether this exact token passed every check and has not expired since. */
    public boolean isKnown(String token) {
        return known(token) != null;
    }

    /** Taken before a check and handed to {@link #remember}: a check that saw a key-set fetch is not stored. */
    public long keySetGeneration() {
        return keySets.get();
    }

    /** For the client that fetches an issuer's discovery document and key set (servlet decoders). */
    public ClientHttpRequestInterceptor onKeySetFetch() {
        return (request, body, execution) -> {
            try {
                return execution.execute(request, body);
            } finally {
                keySetFetched();
            }
        };
    }

    /** Forgets every token: the keys they were checked with may have left the set. */
    public void keySetFetched() {
        keySets.incrementAndGet();
        validated.invalidateAll();
    }

    public long size() {
        validated.cleanUp();
        return validated.estimatedSize();
    }

    /** Stores a token that just passed every check begun at {@code keySetAtStart}, unless keys were fetched since. */
    public void remember(String token, Jwt jwt, long keySetAtStart) {
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
