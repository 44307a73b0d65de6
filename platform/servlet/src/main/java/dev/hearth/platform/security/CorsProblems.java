package dev.hearth.platform.security;

import dev.hearth.platform.problem.ProblemType;
import dev.hearth.platform.security.core.EdgeHeaders;
import dev.hearth.platform.web.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * CORS as the gateway answers it ({@link EdgeHeaders}), before security so that a preflight (which
 * carries no token) is answered here: allowed, with 200 and the {@code Access-Control-*} headers;
 * refused, with 403 {@code not-allowed} as problem+json rather than Spring's plain-text body.
 */
final class CorsProblems extends OncePerRequestFilter {

    private final CorsConfiguration cors;
    private final DefaultCorsProcessor processor = new DefaultCorsProcessor() {
        @Override
        protected void rejectRequest(ServerHttpResponse response) {
            // The filter writes the problem instead.
        }
    };

    CorsProblems(CorsConfiguration cors) {
        this.cors = cors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!CorsUtils.isCorsRequest(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (!processor.processRequest(cors, request, response)) {
            ProblemResponses.write(request, response, ProblemType.NOT_ALLOWED, EdgeHeaders.CORS_REFUSED);
            return;
        }
        if (CorsUtils.isPreFlightRequest(request)) {
            return;
        }
        chain.doFilter(request, response);
    }
}
