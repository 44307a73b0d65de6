package dev.hearth.platform.security.core;

import dev.hearth.platform.id.Ids;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;

/**
 * The checks every token passes after its signature: not expired (and {@code exp} present), the
 * expected issuer and audience, and a subject that is a user id as the API defines it
 * ({@link Ids#isUserId}), since that subject travels in events kept for ever.
 */
public final class HearthTokenValidator {

    private HearthTokenValidator() {
    }

    public static OAuth2TokenValidator<Jwt> of(String issuer, String audience) {
        JwtTimestampValidator timestamps = new JwtTimestampValidator();
        // A token that never expires is a leaked credential for ever.
        timestamps.setAllowEmptyExpiryClaim(false);
        return new DelegatingOAuth2TokenValidator<>(
                timestamps,
                new JwtIssuerValidator(issuer),
                new JwtAudienceValidator(audience),
                new JwtClaimValidator<Object>(JwtClaimNames.SUB,
                        sub -> sub instanceof String subject && Ids.isUserId(subject)));
    }
}
