package dev.hearth.platform.security.reactive;

import dev.hearth.platform.problem.ProblemType;
import dev.hearth.platform.security.core.Unauthenticated;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
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
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, Unauthenticated.challenge(failure));
        return ProblemResponses.write(exchange, ProblemType.UNAUTHENTICATED, Unauthenticated.detail(failure));
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
