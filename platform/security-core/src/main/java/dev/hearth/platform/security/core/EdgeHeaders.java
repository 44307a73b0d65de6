package dev.hearth.platform.security.core;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.cors.CorsConfiguration;

/**
 * The response headers and the CORS policy of every HTTP edge, the gateway's and each service's,
 * written once so that the two stacks agree. Spring Security's default headers stay as they are;
 * these are added:
 * <ul>
 *   <li>{@code Referrer-Policy: no-referrer} everywhere: a couple's ids in a URL never travel on;</li>
 *   <li>on {@value #API_PATHS}, {@code Content-Security-Policy: default-src 'none'; frame-ancestors 'none'}:
 *       the API answers JSON, which nothing should run or frame.</li>
 * </ul>
 * CORS: origins from {@code HEARTH_CORS_ALLOWED_ORIGINS} (comma-separated; none by default, so no
 * browser origin is allowed), no credentials (tokens travel in {@code Authorization}, never in
 * cookies), the API's methods and headers allowed, {@code Retry-After} and the correlation id exposed.
 */
public final class EdgeHeaders {

    public static final String API_PATHS = "/api/**";
    public static final String REFERRER_POLICY = "no-referrer";
    public static final String API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";
    /** The property the origins are read from, with the environment variable as its default. */
    public static final String ALLOWED_ORIGINS_PROPERTY = "${hearth.cors.allowed-origins:${HEARTH_CORS_ALLOWED_ORIGINS:}}";
    public static final String CORS_REFUSED = "This origin, method or header is not allowed by the CORS policy";

    private EdgeHeaders() {
    }

    /** The CORS policy for these origins (comma-separated, blanks ignored); with none, every cross-origin request is refused. */
    public static CorsConfiguration cors(@Nullable String allowedOrigins) {
        List<String> origins = allowedOrigins == null ? List.of()
                : Arrays.stream(allowedOrigins.split(",")).map(String::trim).filter(origin -> !origin.isEmpty()).toList();
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(origins);
        cors.setAllowCredentials(false);
        cors.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept", "Idempotency-Key", "X-Correlation-Id",
                "traceparent"));
        cors.setExposedHeaders(List.of("Retry-After", "X-Correlation-Id", "Location"));
        cors.setMaxAge(600L);
        return cors;
    }
}
