package dev.hearth.platform.security.reactive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearth.platform.security.core.ValidatedTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * The cache of accepted tokens, over a stand-in decoder that counts its checks: the real checks
 * (signature, expiry, issuer…) are ReactiveSecurityTest's and HearthTokenRulesTest's.
 */
class ValidatedTokensTest {

    private static final Instant START = Instant.parse("2026-12-06T10:00:00Z");

    private final MovingClock clock = new MovingClock();
    private final ValidatedTokens validated = new ValidatedTokens(100, clock, () -> clock.nanos);
    private final CountingDecoder checks = new CountingDecoder();
    private final ReactiveJwtDecoder decoder = ReactiveValidatedTokens.in(validated, checks);

    @Test
    void a_token_that_passed_is_not_checked_again_on_the_next_requests() {
        checks.accept("t1", START.plus(Duration.ofMinutes(10)));

        Jwt first = decoder.decode("t1").block();
        Jwt second = decoder.decode("t1").block();

        assertThat(second).isSameAs(first);
        assertThat(checks.count()).isEqualTo(1);
    }

    @Test
    void a_token_is_checked_again_once_it_has_expired_and_then_refused() {
        checks.accept("t1", START.plus(Duration.ofMinutes(10)));
        decoder.decode("t1").block();

        clock.advance(Duration.ofMinutes(10));
        checks.refuse("t1");

        assertThatThrownBy(() -> decoder.decode("t1").block()).isInstanceOf(BadJwtException.class);
        assertThat(checks.count()).isEqualTo(2);
    }

    @Test
    void a_refused_token_is_checked_every_time() {
        checks.refuse("bad");

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> decoder.decode("bad").block()).isInstanceOf(BadJwtException.class);
        }
        assertThat(checks.count()).isEqualTo(3);
        assertThat(validated.size()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tokensCheckedAgain")
    void a_token_is_checked_again_on_its_next_request(String when, Instant expiresAt, Duration untilTheNextRequest) {
        checks.accept("t1", expiresAt);
        decoder.decode("t1").block();

        clock.advance(untilTheNextRequest);
        decoder.decode("t1").block();

        assertThat(checks.count()).isEqualTo(2);
    }

    static Stream<Arguments> tokensCheckedAgain() {
        return Stream.of(
                Arguments.of("a token accepted within the clock skew after its expiry is not remembered",
                        START.minusSeconds(30), Duration.ZERO),
                Arguments.of("a token that lives long is checked again after the longest stay",
                        START.plus(Duration.ofHours(12)), ValidatedTokens.LONGEST_STAY.plusSeconds(1)));
    }

    @Test
    void fetching_the_issuers_keys_again_forgets_every_accepted_token() {
        checks.accept("t1", START.plus(Duration.ofMinutes(10)));
        decoder.decode("t1").block();

        validated.keySetFetched();
        checks.refuse("t1"); // its key left the set

        assertThatThrownBy(() -> decoder.decode("t1").block()).isInstanceOf(BadJwtException.class);
    }

    @Test
    void a_token_checked_against_keys_that_were_replaced_meanwhile_is_not_remembered() {
        checks.accept("t1", START.plus(Duration.ofMinutes(10)));
        checks.duringCheck(validated::keySetFetched);

        decoder.decode("t1").block();
        checks.duringCheck(() -> { });
        decoder.decode("t1").block();

        assertThat(checks.count()).isEqualTo(2);
    }

    @Test
    void the_cache_holds_a_bounded_number_of_tokens() {
        for (int i = 0; i < 1_000; i++) {
            checks.accept("t" + i, START.plus(Duration.ofMinutes(10)));
            decoder.decode("t" + i).block();
        }

        assertThat(validated.size()).isLessThanOrEqualTo(100);
    }

    /** Accepts or refuses the tokens it was told about, counting every check. */
    private static final class CountingDecoder implements ReactiveJwtDecoder {

        private final Map<String, Instant> accepted = new ConcurrentHashMap<>();
        private final AtomicInteger count = new AtomicInteger();
        private Runnable duringCheck = () -> { };

        void accept(String token, Instant expiresAt) {
            accepted.put(token, expiresAt);
        }

        void refuse(String token) {
            accepted.remove(token);
        }

        void duringCheck(Runnable action) {
            duringCheck = action;
        }

        int count() {
            return count.get();
        }

        @Override
        public Mono<Jwt> decode(String token) {
            return Mono.fromCallable(() -> {
                count.incrementAndGet();
                duringCheck.run();
                Instant expiresAt = accepted.get(token);
                if (expiresAt == null) {
                    throw new BadJwtException("refused");
                }
                return Jwt.withTokenValue(token).header("alg", "RS256").subject("alice")
                        .issuedAt(expiresAt.minus(Duration.ofHours(1))).expiresAt(expiresAt).build();
            });
        }
    }

    private static final class MovingClock extends Clock {

        private Instant now = START;
        private long nanos;

        void advance(Duration duration) {
            now = now.plus(duration);
            nanos += duration.toNanos();
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
