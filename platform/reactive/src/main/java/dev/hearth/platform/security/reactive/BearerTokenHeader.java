package dev.hearth.platform.security.reactive;

import dev.hearth.platform.security.core.BearerTokens;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The bearer token of the {@code Authorization} header, as Spring Security's
 * {@code ServerBearerTokenAuthenticationConverter} finds it (header only, no query parameter), without
 * its regular expression ({@link BearerTokens}).
 */
final class BearerTokenHeader implements ServerAuthenticationConverter {

    @Override
    public Mono<Authentication> convert(ServerWebExchange exchange) {
        return Mono.fromCallable(() -> BearerTokens.fromAuthorization(exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION)))
                .map(BearerTokenAuthenticationToken::new);
    }
}
