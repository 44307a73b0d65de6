package dev.hearth.launcher.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Mints the local platform's tokens: RS256, {@code iss=hearth-local}, {@code aud=hearth},
 * {@code sub} exactly as given, {@code roles} always holding {@code member}.
 */
public final class LocalTokens {

    public static final String ISSUER = "hearth-local";
    public static final String AUDIENCE = "hearth";
    public static final String MEMBER = "member";
    public static final String ROLES_CLAIM = "roles";
    public static final Duration DEFAULT_TTL = Duration.ofHours(12);

    private final PrivateKey signingKey;
    private final Clock clock;

    public LocalTokens(PrivateKey signingKey, Clock clock) {
        this.signingKey = signingKey;
        this.clock = clock;
    }

    /** Tokens signed by the platform's own key in {@code keys}. */
    public static LocalTokens signedBy(LocalKeys keys) {
        return new LocalTokens(keys.privateKey(), Clock.systemUTC());
    }

    /** A token for {@code subject} with {@code member}, the given roles, and the default lifetime. */
    public String mint(String subject, String... roles) {
        return mint(subject, List.of(roles), DEFAULT_TTL);
    }

    /**
     * A token for {@code subject}. A negative {@code ttl} gives an already expired token (to see
     * a 401).
     */
    public String mint(String subject, Collection<String> roles, Duration ttl) {
        if (subject.isEmpty()) {
            throw new IllegalArgumentException("the subject (user id) must not be empty");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Set<String> allRoles = new LinkedHashSet<>();
        allRoles.add(MEMBER);
        allRoles.addAll(roles);
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(subject)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)))
                .jwtID(UUID.randomUUID().toString())
                .claim(ROLES_CLAIM, List.copyOf(allRoles))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new RSASSASigner(signingKey));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
        return jwt.serialize();
    }
}
