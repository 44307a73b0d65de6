package dev.hearth.platform.security.reactive;

import dev.hearth.platform.security.core.ValidatedTokens;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import reactor.core.publisher.Mono;

/** {@link ValidatedTokens} for the reactive decoder and its key-set client. */
final class ReactiveValidatedTokens {

    private ReactiveValidatedTokens() {
    }

    /** {@code decoder}, answering from {@code validated} when it already accepted the same token. */
    static ReactiveJwtDecoder in(ValidatedTokens validated, ReactiveJwtDecoder decoder) {
        return token -> {
            @Nullable Jwt known = validated.known(token);
            if (known != null) {
                return Mono.just(known);
            }
            long keySet = validated.keySetGeneration();
            return decoder.decode(token).doOnNext(jwt -> validated.remember(token, jwt, keySet));
        };
    }

    /** A filter for the client that fetches an issuer's discovery document and key set. */
    static ExchangeFilterFunction onKeySetFetch(ValidatedTokens validated) {
        return (request, next) -> next.exchange(request).doOnNext(response -> validated.keySetFetched());
    }
}
