package dev.hearth.platform.security;

import static dev.hearth.platform.test.AuthorizationHeaders.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.platform.security.core.HeaderCharacters;
import dev.hearth.platform.test.FirewallChecks;
import dev.hearth.platform.test.RawHttp;
import dev.hearth.platform.test.TestTokens;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The firewall and the bearer token's reading, both Spring Security's with its regular expressions
 * replaced by scans that give the same verdicts ({@link HeaderCharacters}, {@code BearerTokens}).
 */
@SpringBootTest(classes = SecuredTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FirewallAndBearerTokenTest extends OnSecuredTestService {

    @Autowired
    FilterChainProxy securityFilters;

    @Test
    void the_security_filters_use_the_strict_firewall_with_the_scanning_checks() {
        // The springSecurityFilterChain bean wraps the FilterChainProxy that WebSecurity built (Spring Security 7).
        Object built = ReflectionTestUtils.getField(securityFilters, "springSecurityFilterChain");
        Object firewall = ReflectionTestUtils.getField(built, "firewall");

        assertThat(FirewallChecks.of(firewall))
                .isEqualTo(new FirewallChecks(HeaderCharacters.VALUE, HeaderCharacters.NAME, HeaderCharacters.NAME));
    }

    @Test
    void a_control_character_in_the_authorization_header_is_refused_by_the_firewall_as_a_400() throws IOException {
        // U+0085 (NEL) passes Tomcat's parser as an obs-text byte and is a control character to the firewall.
        String answer = RawHttp.exchange(port, "GET /api/me HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Authorization: Bearer " + TestTokens.mint("user-1") + "\u0085\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400").doesNotContain("user-1");
    }

    @ParameterizedTest
    @MethodSource("dev.hearth.platform.test.AuthorizationHeaders#kinds")
    void a_header_gives_the_token_or_refusal_that_spring_securitys_resolver_gives(String header) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/me");
        request.addHeader("Authorization", header);
        // A query parameter is no token for either: both read the header only.
        request.setParameter("access_token", "from-the-query");

        assertThat(outcome(() -> HearthSecurityAutoConfiguration.bearerToken(request)))
                .isEqualTo(outcome(() -> new DefaultBearerTokenResolver().resolve(request)));
    }

    @Test
    void no_header_is_no_token_for_either() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/me");

        assertThat(HearthSecurityAutoConfiguration.bearerToken(request)).isNull();
        assertThat(new DefaultBearerTokenResolver().resolve(request)).isNull();
    }
}
