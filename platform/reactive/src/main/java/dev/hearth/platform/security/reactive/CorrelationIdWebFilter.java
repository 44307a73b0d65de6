package dev.hearth.platform.security.reactive;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

/**
 * Gives every exchange a correlation id: the caller's {@value #HEADER} when it is a safe token
 * (1–64 characters of {@code [A-Za-z0-9._-]}), else a new UUID. The id replaces the header on the
 * request (so a proxied request carries the accepted id, never the rejected one), is kept as an
 * exchange attribute and in the Reactor context, and is set on the response.
 *
 * <p>Runs first, before the security filter chain, so that a 401 already quotes it.
 */
public final class CorrelationIdWebFilter implements WebFilter, Ordered {

    public static final String HEADER = "X-Correlation-Id";
    /** Key of the id in the exchange attributes and in the Reactor context. */
    public static final String KEY = "correlationId";

    // A strict alphabet: the id lands in logs, headers and JSON, so nothing that needs escaping.
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /** The id of this exchange, if the filter has run. */
    public static Optional<String> of(ServerWebExchange exchange) {
        return Optional.ofNullable(exchange.getAttribute(KEY));
    }

    /** The id in a Reactor context, for code that has no exchange at hand. */
    public static Optional<String> of(ContextView context) {
        return context.getOrEmpty(KEY).map(String.class::cast);
    }

    static String acceptOrCreate(@Nullable String offered) {
        return offered != null && ACCEPTED.matcher(offered).matches() ? offered : newId();
    }

    /**
     * A random (version 4) UUID from a thread-local generator: an id is a label, not a secret, so
     * it need not come from {@code UUID.randomUUID()}'s SecureRandom, which every request contended.
     */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & ~(0xCL << 60)) | (0x8L << 60);
        return new UUID(high, low).toString();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String id = acceptOrCreate(exchange.getRequest().getHeaders().getFirst(HEADER));
        ServerHttpRequest request = exchange.getRequest().mutate().headers(headers -> headers.set(HEADER, id)).build();
        ServerWebExchange withId = exchange.mutate().request(request).build();
        withId.getAttributes().put(KEY, id);
        // Set just before commit, replacing any copy a proxied service echoed, so there is exactly one.
        withId.getResponse().beforeCommit(() -> {
            withId.getResponse().getHeaders().set(HEADER, id);
            return Mono.empty();
        });
        return chain.filter(withId).contextWrite(context -> context.put(KEY, id));
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
