package dev.hearth.platform.security.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

/** Spring Security's answers for each kind of header are compared in the servlet and reactive modules' tests. */
class BearerTokensTest {

    @ParameterizedTest
    @ValueSource(strings = {"Bearer abc.DEF-123_~+/", "bearer abc.DEF-123_~+/", "BEARER abc.DEF-123_~+/"})
    void the_token_follows_the_scheme_in_any_case(String header) {
        assertThat(BearerTokens.fromAuthorization(header)).isEqualTo("abc.DEF-123_~+/");
    }

    @Test
    void padding_belongs_to_the_token() {
        assertThat(BearerTokens.fromAuthorization("Bearer abc==")).isEqualTo("abc==");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer ab=c", "Bearer ", "Bearer", "Bearer =", "Bearer  abc", "Bearer abc def", "Bearerabc", "bearer.abc", "Bearer é"})
    void a_malformed_bearer_token_is_refused_as_an_invalid_token(String header) {
        assertThatThrownBy(() -> BearerTokens.fromAuthorization(header)).isInstanceOf(OAuth2AuthenticationException.class)
                .hasMessage("Bearer token is malformed")
                .extracting(e -> ((OAuth2AuthenticationException) e).getError().getErrorCode()).isEqualTo("invalid_token");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Basic dXNlcjpwYXNz", "Token abc", "", "Bear abc"})
    void another_scheme_or_none_is_no_token(String header) {
        assertThat(BearerTokens.fromAuthorization(header)).isNull();
    }

    @Test
    void no_header_is_no_token() {
        assertThat(BearerTokens.fromAuthorization(null)).isNull();
    }
}
