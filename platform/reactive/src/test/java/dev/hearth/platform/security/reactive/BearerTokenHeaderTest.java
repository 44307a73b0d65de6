package dev.hearth.platform.security.reactive;

import static dev.hearth.platform.test.AuthorizationHeaders.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;

/** The same answers as Spring Security's own converter, for every kind of header. */
class BearerTokenHeaderTest {

    @ParameterizedTest
    @MethodSource("dev.hearth.platform.test.AuthorizationHeaders#kinds")
    void a_header_gives_the_token_or_refusal_that_spring_securitys_converter_gives(String header) {
        assertThat(outcome(new BearerTokenHeader().convert(exchange(header)).map(Authentication::getCredentials)::block))
                .isEqualTo(outcome(new ServerBearerTokenAuthenticationConverter().convert(exchange(header))
                        .map(Authentication::getCredentials)::block));
    }

    private static MockServerWebExchange exchange(String header) {
        return MockServerWebExchange.from(MockServerHttpRequest.get("/api/me").header("Authorization", header));
    }
}
