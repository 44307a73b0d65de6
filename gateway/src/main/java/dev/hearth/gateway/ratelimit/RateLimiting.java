package dev.hearth.gateway.ratelimit;

import dev.hearth.platform.security.reactive.KnownTokens;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetSocketAddress;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.support.ipresolver.RemoteAddressResolver;
import org.springframework.cloud.gateway.support.ipresolver.XForwardedRemoteAddressResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.PathContainer;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The two limits: {@link AnonymousRateLimit} before security, by client address, for whoever is not
 * authenticated yet; {@link CallerRateLimit} after it, by the token's subject. Off with
 * {@code HEARTH_RATE_LIMIT_ENABLED=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "hearth.rate-limit.enabled", havingValue = "true", matchIfMissing = true)
public class RateLimiting {

    /** The route id the limiters are asked about: one policy holds for every route. */
    static final String EVERY_ROUTE = "*";

    /** Probes and the API's documentation are never limited: monitors and browsers poll them. */
    private static final PathPattern[] EXEMPT = {
            PathPatternParser.defaultInstance.parse("/actuator/health/**"),
            PathPatternParser.defaultInstance.parse("/v3/api-docs/**"),
            PathPatternParser.defaultInstance.parse("/swagger-ui*"),
            PathPatternParser.defaultInstance.parse("/swagger-ui/**"),
            PathPatternParser.defaultInstance.parse("/webjars/**")};

    @Bean
    RateLimitRefusals rateLimitRefusals(RouteLocator routes, MeterRegistry meters) {
        return new RateLimitRefusals(routes, meters);
    }

    @Bean
    AnonymousRateLimit anonymousRateLimit(RateLimitProperties limits, KnownTokens knownTokens,
                                          RateLimitRefusals refusals) {
        return new AnonymousRateLimit(new TokenBuckets(limits.anonymous(), limits.maxKeys(), limits.idle()),
                clientAddress(limits.trustedHops()), knownTokens, refusals);
    }

    @Bean
    CallerRateLimit callerRateLimit(RateLimitProperties limits, RateLimitRefusals refusals) {
        return new CallerRateLimit(new TokenBuckets(limits.user(), limits.maxKeys(), limits.idle()), refusals);
    }

    /**
     * The TCP peer, or with {@code n} trusted proxies the {@code n}-th address from the right of
     * {@code X-Forwarded-For} (what the first trusted proxy saw): entries further left are the
     * client's own word.
     */
    static RemoteAddressResolver clientAddress(int trustedHops) {
        return trustedHops == 0 ? new RemoteAddressResolver() { }
                : XForwardedRemoteAddressResolver.maxTrustedIndex(trustedHops);
    }

    static String addressKey(@Nullable InetSocketAddress address) {
        if (address == null) {
            return "unknown";
        }
        return address.getAddress() != null ? address.getAddress().getHostAddress() : address.getHostString();
    }

    static boolean exempt(ServerWebExchange exchange) {
        PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
        // The API, nearly every request, is never exempt: no pattern to match.
        if (path.value().startsWith("/api/")) {
            return false;
        }
        for (PathPattern pattern : EXEMPT) {
            if (pattern.matches(path)) {
                return true;
            }
        }
        return false;
    }
}
