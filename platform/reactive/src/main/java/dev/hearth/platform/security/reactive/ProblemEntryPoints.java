package dev.hearth.platform.security.reactive;

import dev.hearth.platform.problem.ProblemType;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The security filters' refusals as problem+json: 401, 403, and 400 for a request the firewall
 * rejects. Details and challenges read exactly as the servlet services' do.
 */
final class ProblemEntryPoints implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler,
        ServerExchangeRejectedHandler {

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        // RFC 6750: a bare challenge when no token came, invalid_token when one came and was refused.
        boolean tokenRejected = failure instanceof OAuth2AuthenticationException;
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, tokenRejected
                ? "Bearer error=\"invalid_token\", error_description=\"The bearer token is invalid or has expired\""
                : "Bearer");
        return ProblemResponses.write(exchange, ProblemType.UNAUTHENTICATED, detail(failure, tokenRejected));
    }

    /** Which check a refused token failed (expired, issuer, audience…), never the token or a parser's internals. */
    private static String detail(AuthenticationException failure, boolean tokenRejected) {
        if (!tokenRejected) {
            return "A bearer token is required";
        }
        if (failure.getCause() instanceof JwtValidationException invalid && !invalid.getErrors().isEmpty()) {
            // The validators' descriptions are ours and Spring's, written for clients.
            return "The bearer token was rejected: " + invalid.getErrors().stream()
                    .map(error -> error.getDescription() != null ? error.getDescription() : error.getErrorCode())
                    .collect(Collectors.joining("; "));
        }
        return "The bearer token was rejected: it is malformed or not signed by a trusted key";
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        return ProblemResponses.write(exchange, ProblemType.NOT_ALLOWED, "You are not allowed to do this");
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
        return ProblemResponses.write(exchange, ProblemType.INVALID_REQUEST,
                "The request path or headers are not acceptable (e.g. encoded slashes, '..' or ';' in the path)");
    }
}
