package dev.hearth.gateway.ratelimit;

import java.security.Principal;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The limit of each authenticated caller, keyed by the token's {@code sub}, checked right after
 * Spring Security: a user's flood is refused whatever addresses it comes from, and never slows their
 * partner. Requests without a principal (the open paths) were counted by {@link AnonymousRateLimit}.
 */
public final class CallerRateLimit implements WebFilter, Ordered {

    private static final String NOBODY = "";

    private final RateLimiter<?> limiter;
    private final RateLimitRefusals refusals;

    CallerRateLimit(RateLimiter<?> limiter, RateLimitRefusals refusals) {
        this.limiter = limiter;
        this.refusals = refusals;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (RateLimiting.exempt(exchange)) {
            return chain.filter(exchange);
        }
        return exchange.getPrincipal().map(Principal::getName).defaultIfEmpty(NOBODY).flatMap(subject -> {
            if (subject.isEmpty()) {
                return chain.filter(exchange);
            }
            return limiter.isAllowed(RateLimiting.EVERY_ROUTE, "sub:" + subject).flatMap(response -> response.isAllowed()
                    ? chain.filter(exchange)
                    : refusals.refuse(exchange, response, RateLimitRefusals.USER));
        });
    }

    @Override
    public int getOrder() {
        // Spring Security's WebFilterChainProxy runs at -100; the actuator guard at -50.
        return -90;
    }
}
