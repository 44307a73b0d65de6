package dev.hearth.platform.security.reactive;

import dev.hearth.platform.problem.ProblemType;
import dev.hearth.platform.security.core.EdgeHeaders;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.cors.reactive.DefaultCorsProcessor;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * CORS and the API's content security policy ({@link EdgeHeaders}), before security so that a
 * preflight (which carries no token) is answered here: allowed, it ends with 200 and the
 * {@code Access-Control-*} headers; refused, with 403 {@code not-allowed} as problem+json. An allowed
 * cross-origin request goes on without its {@code Origin}: the edge has decided. A request without
 * an {@code Origin} of another site costs one header lookup.
 */
public final class EdgeHeadersWebFilter implements WebFilter, Ordered {

    /** Right after the correlation id, before the rate limit and Spring Security (-100). */
    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 1;

    private static final PathPattern API = PathPatternParser.defaultInstance.parse(EdgeHeaders.API_PATHS);

    private final CorsConfiguration cors;
    private final DefaultCorsProcessor processor = new DefaultCorsProcessor();

    public EdgeHeadersWebFilter(CorsConfiguration cors) {
        this.cors = cors;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (API.matches(request.getPath().pathWithinApplication())) {
            // Set just before commit, and only if a proxied service did not send it already: once.
            exchange.getResponse().beforeCommit(() -> {
                exchange.getResponse().getHeaders().putIfAbsent("Content-Security-Policy",
                        List.of(EdgeHeaders.API_CONTENT_SECURITY_POLICY));
                return Mono.empty();
            });
        }
        if (!request.getHeaders().containsHeader(HttpHeaders.ORIGIN) || !CorsUtils.isCorsRequest(request)) {
            return chain.filter(exchange);
        }
        if (!processor.process(cors, exchange)) {
            return ProblemResponses.write(exchange, ProblemType.NOT_ALLOWED, EdgeHeaders.CORS_REFUSED);
        }
        if (CorsUtils.isPreFlightRequest(request)) {
            return Mono.empty();
        }
        // Decided here for the whole platform: a service behind the edge must not decide it again
        // (with its own origins, or none) nor add a second set of Access-Control-* headers.
        ServerHttpRequest withoutOrigin = request.mutate().headers(headers -> headers.remove(HttpHeaders.ORIGIN)).build();
        return chain.filter(exchange.mutate().request(withoutOrigin).build());
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
