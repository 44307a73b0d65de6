package dev.hearth.platform.security;

import dev.hearth.platform.security.core.HearthTokenValidator;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;

class HearthTokenValidatorTest {

    private final OAuth2TokenValidator<Jwt> validator = HearthTokenValidator.of("hearth-local", "hearth");

    @Test
    void a_local_token_with_an_opaque_subject_is_valid() {
        assertThat(errors(claims -> claims.subject("google-oauth2|1234:a.b@c_d-e"))).isEmpty();
    }

    @Test
    void a_token_without_subject_is_invalid() {
        assertThat(errors(claims -> claims.claims(all -> all.remove("sub")))).containsExactly("The sub claim is not valid");
    }

    @Test
    void a_subject_longer_than_128_characters_is_invalid() {
        assertThat(errors(claims -> claims.subject("u".repeat(129)))).containsExactly("The sub claim is not valid");
    }

    @Test
    void a_token_without_expiry_is_invalid() {
        assertThat(errors(claims -> claims.claims(all -> all.remove("exp")))).isNotEmpty();
    }

    @Test
    void a_token_for_several_audiences_including_ours_is_valid() {
        assertThat(errors(claims -> claims.audience(List.of("gateway", "hearth")))).isEmpty();
    }

    private List<String> errors(Consumer<Jwt.Builder> change) {
        Jwt.Builder builder = Jwt.withTokenValue("token").header("alg", "RS256")
                .issuer("hearth-local").audience(List.of("hearth")).subject("user-1")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(600));
        change.accept(builder);
        return validator.validate(builder.build()).getErrors().stream().map(OAuth2Error::getDescription).toList();
    }
}
