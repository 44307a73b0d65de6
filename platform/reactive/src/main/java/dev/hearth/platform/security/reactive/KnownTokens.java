package dev.hearth.platform.security.reactive;

import dev.hearth.platform.security.core.BearerTokens;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;

/**
 * The bearer tokens the edge has already accepted and still would: a filter that runs before
 * security (the rate limit of callers not yet authenticated) asks it whether a request will be
 * authenticated without checking its token again.
 */
public interface KnownTokens {

    /** Whether this exact token passed every check and has not expired since. */
    boolean isKnown(String token);

    /** Whether the request carries a bearer token that {@link #isKnown(String) is known}. */
    default boolean carriesKnownToken(ServerWebExchange exchange) {
        @Nullable String token;
        try {
            token = BearerTokens.fromAuthorization(exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION));
        } catch (RuntimeException malformed) {
            return false;
        }
        return token != null && isKnown(token);
    }
}
