package dev.hearth.gateway.ratelimit;

import dev.hearth.platform.security.reactive.KnownTokens;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.cloud.gateway.support.ipresolver.RemoteAddressResolver;
import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The limit of requests that are not authenticated yet, by client address, checked before
 * security: no token, or a token this gateway has not accepted before (so a flood of forged tokens
 * is refused before any signature is checked). A caller's first request with a new, valid token
 * counts here once; after that {@link CallerRateLimit} counts it by its subject.
 */
public final class AnonymousRateLimit implements WebFilter, Ordered {

    private final RateLimiter<?> limiter;
    private final RemoteAddressResolver clientAddress;
    private final KnownTokens knownTokens;
    private final RateLimitRefusals refusals;

    AnonymousRateLimit(RateLimiter<?> limiter, RemoteAddressResolver clientAddress, KnownTokens knownTokens,
                       RateLimitRefusals refusals) {
        this.limiter = limiter;
        this.clientAddress = clientAddress;
        this.knownTokens = knownTokens;
        this.refusals = refusals;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (RateLimiting.exempt(exchange) || knownTokens.carriesKnownToken(exchange)) {
            return chain.filter(exchange);
        }
        String key = "ip:" + RateLimiting.addressKey(clientAddress.resolve(exchange));
        return limiter.isAllowed(RateLimiting.EVERY_ROUTE, key).flatMap(response -> response.isAllowed()
                ? chain.filter(exchange)
                : refusals.refuse(exchange, response, RateLimitRefusals.ANONYMOUS));
    }

    @Override
    public int getOrder() {
        // After the correlation id and CORS, before the body limit and Spring Security (-100).
        return Ordered.HIGHEST_PRECEDENCE + 5;
    }
}
