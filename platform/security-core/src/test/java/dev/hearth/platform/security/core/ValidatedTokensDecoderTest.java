package dev.hearth.platform.security.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.client.MockClientHttpRequest;
import org.springframework.mock.http.client.MockClientHttpResponse;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The servlet services' side of the cache: the blocking decoder and the key-set client's interceptor.
 * The cache's rules (expiry, longest stay, bound, key-set races) are ValidatedTokensTest's in the
 * reactive module, over the same class.
 */
class ValidatedTokensDecoderTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    private final ValidatedTokens validated = new ValidatedTokens(100, Clock.fixed(NOW, ZoneOffset.UTC), () -> 0L);
    private final AtomicInteger checks = new AtomicInteger();
    private final JwtDecoder decoder = validated.in(token -> {
        checks.incrementAndGet();
        if (!token.startsWith("good")) {
            throw new BadJwtException("refused");
        }
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("alice")
                .issuedAt(NOW.minusSeconds(60)).expiresAt(NOW.plus(Duration.ofMinutes(10))).build();
    });

    @Test
    void an_accepted_token_is_checked_once_and_a_refused_one_every_time() {
        Jwt first = decoder.decode("good-1");
        assertThat(decoder.decode("good-1")).isSameAs(first);
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> decoder.decode("bad-1")).isInstanceOf(BadJwtException.class);
        }

        assertThat(checks).hasValue(3);
        assertThat(validated.isKnown("good-1")).isTrue();
        assertThat(validated.isKnown("bad-1")).isFalse();
    }

    @Test
    void a_key_set_fetch_through_the_interceptor_forgets_every_token_even_when_it_fails() throws Exception {
        decoder.decode("good-1");
        MockClientHttpRequest fetch = new MockClientHttpRequest(HttpMethod.GET, URI.create("http://issuer/certs"));

        validated.onKeySetFetch().intercept(fetch, new byte[0],
                (request, body) -> new MockClientHttpResponse(new byte[0], HttpStatus.OK));
        assertThat(validated.isKnown("good-1")).isFalse();

        decoder.decode("good-1");
        assertThatThrownBy(() -> validated.onKeySetFetch().intercept(fetch, new byte[0], (request, body) -> {
            throw new java.io.IOException("issuer down");
        })).isInstanceOf(java.io.IOException.class);
        assertThat(validated.isKnown("good-1")).isFalse();
    }
}
