package dev.hearth.platform.security.reactive;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;

/**
 * The checks every Hearth token passes after its signature: timestamps (an {@code exp} required,
 * 60 s of clock skew), the issuer, the audience and a subject that is a user id as the API defines
 * it. The same rules as the servlet services' (platform-security-servlet's
 * {@code HearthTokenValidator}), so a token the gateway lets through is one they accept too.
 */
public final class HearthTokenRules {

    /** A user id: opaque, and it travels in events kept for ever, so only characters safe anywhere. */
    public static final Pattern SUBJECT = Pattern.compile("[A-Za-z0-9._:@|-]{1,128}");

    private HearthTokenRules() {
    }

    public static OAuth2TokenValidator<Jwt> validator(String issuer, String audience) {
        JwtTimestampValidator timestamps = new JwtTimestampValidator();
        // A token that never expires is a leaked credential for ever.
        timestamps.setAllowEmptyExpiryClaim(false);
        return new DelegatingOAuth2TokenValidator<>(
                timestamps,
                new JwtIssuerValidator(issuer),
                new JwtAudienceValidator(audience),
                new JwtClaimValidator<@Nullable Object>(JwtClaimNames.SUB,
                        sub -> sub instanceof String subject && SUBJECT.matcher(subject).matches()));
    }
}
