package dev.hearth.platform.security.reactive;

import dev.hearth.platform.problem.ProblemType;
import dev.hearth.platform.security.core.Unauthenticated;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
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

    /** The methods {@code StrictServerWebExchangeFirewall} lets through by default. */
    private static final Set<HttpMethod> FIREWALL_METHODS = Set.of(HttpMethod.DELETE, HttpMethod.GET, HttpMethod.HEAD,
            HttpMethod.OPTIONS, HttpMethod.PATCH, HttpMethod.POST, HttpMethod.PUT);

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
        // The firewall refuses methods outside its list (TRACE, CONNECT, made-up ones) like a bad path;
        // what HTTP says, and what the services' Tomcat answers, is 405.
        if (!FIREWALL_METHODS.contains(exchange.getRequest().getMethod())) {
            exchange.getResponse().getHeaders().setAllow(FIREWALL_METHODS);
            return ProblemResponses.write(exchange, ProblemType.METHOD_NOT_ALLOWED, "This method is not allowed");
        }
        return ProblemResponses.write(exchange, ProblemType.INVALID_REQUEST,
                "The request path or headers are not acceptable (e.g. encoded slashes, '..' or ';' in the path)");
    }
}
