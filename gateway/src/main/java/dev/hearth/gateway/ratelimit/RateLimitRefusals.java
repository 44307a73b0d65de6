package dev.hearth.gateway.ratelimit;

import dev.hearth.platform.problem.ProblemType;
import dev.hearth.platform.security.reactive.ProblemResponses;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A refused request: 429 {@code rate-limited} as problem+json with {@code Retry-After}, nothing
 * passed on, and one more in {@code hearth_gateway_rate_limited_total{route, limit}}. The route is
 * looked up only here, for the counter: the limits themselves hold across routes.
 */
record RateLimitRefusals(RouteLocator routes, MeterRegistry meters) {

    static final String USER = "user";
    static final String ANONYMOUS = "anonymous";
    static final String METRIC = "hearth.gateway.rate.limited";
    /** The route tag of a refused request that no route would have taken. */
    static final String NO_ROUTE = "none";

    Mono<Void> refuse(ServerWebExchange exchange, RateLimiter.Response response, String limit) {
        String retryAfter = response.getHeaders().getOrDefault(HttpHeaders.RETRY_AFTER, "1");
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, retryAfter);
        return routeOf(exchange)
                .doOnNext(route -> Counter.builder(METRIC)
                        .description("requests refused with 429 by the gateway's rate limits")
                        .tag("route", route).tag("limit", limit)
                        .register(meters).increment())
                .then(ProblemResponses.write(exchange, ProblemType.RATE_LIMITED,
                        "Too many requests; try again in " + retryAfter + " s."));
    }

    private Mono<String> routeOf(ServerWebExchange exchange) {
        return routes.getRoutes()
                .concatMap(route -> Mono.from(route.getPredicate().apply(exchange)).filter(Boolean::booleanValue)
                        .map(matched -> route.getId()))
                .next()
                .defaultIfEmpty(NO_ROUTE)
                .onErrorReturn(NO_ROUTE);
    }
}
