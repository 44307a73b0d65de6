package dev.hearth.platform.test;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Tokens like the local platform's ({@code ./hearth token}): RS256, {@code iss=hearth-local},
 * {@code aud=hearth}, a {@code roles} array that always holds {@code member}. The key pair lives in
 * memory for one JVM and never touches {@code .hearth/}; services under test trust it through
 * {@link #publicKeyLocation()}, exactly as they trust the launcher's key.
 */
public final class TestTokens {

    public static final String ISSUER = "hearth-local";
    public static final String AUDIENCE = "hearth";
    public static final String MEMBER = "member";
    private static final Duration LIFETIME = Duration.ofHours(1);

    private static final KeyPair KEYS = newKeyPair();
    /** Made lazily: most test runs never need a token signed by a stranger. */
    private static @Nullable KeyPair otherKeys;
    private static @Nullable String publicKeyLocation;

    private TestTokens() {
    }

    /** A valid token for {@code sub} with {@code member} and the given roles. */
    public static String mint(String sub, String... roles) {
        return sign(KEYS.getPrivate(), claims(sub, ISSUER, AUDIENCE, now(), roles));
    }

    /** A token that expired an hour ago (beyond any clock-skew allowance). */
    public static String expired(String sub) {
        return sign(KEYS.getPrivate(), claims(sub, ISSUER, AUDIENCE, now().minus(LIFETIME).minus(LIFETIME)));
    }

    /** A well-formed token signed by a key the services do not trust. */
    public static synchronized String signedByOtherKey(String sub) {
        KeyPair stranger = otherKeys;
        if (stranger == null) {
            stranger = newKeyPair();
            otherKeys = stranger;
        }
        return sign(stranger.getPrivate(), claims(sub, ISSUER, AUDIENCE, now()));
    }

    /** An unsigned token ({@code "alg": "none"}) with valid claims: accepted by nothing that checks signatures. */
    public static String algNone(String sub) {
        return new PlainJWT(claims(sub, ISSUER, AUDIENCE, now())).serialize();
    }

    /**
     * The key-confusion attack: valid claims, {@code HS256}, with the trusted RSA public key (as the
     * PEM text a verifier reads) used as the HMAC secret. A verifier that lets the token choose its
     * algorithm would accept it.
     */
    public static String hs256SignedWithPublicKey(String sub) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(),
                claims(sub, ISSUER, AUDIENCE, now()));
        try {
            jwt.sign(new MACSigner(pem(KEYS.getPublic().getEncoded()).getBytes(StandardCharsets.US_ASCII)));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a test token", e);
        }
        return jwt.serialize();
    }

    /**
     * The forged tokens of {@code sub}, each with its forgery's name: unsigned, the key-confusion attack, not valid
     * yet. Wherever tokens are checked, each is refused; the arguments of a {@code @MethodSource} that says so.
     */
    public static Stream<Arguments> forged(String sub) {
        return Stream.of(
                Arguments.of("alg none", algNone(sub)),
                Arguments.of("HS256 with the public key", hs256SignedWithPublicKey(sub)),
                Arguments.of("not valid yet", notYetValid(sub)));
    }

    /** A token signed by the trusted key whose {@code nbf} is an hour away (beyond any clock-skew allowance). */
    public static String notYetValid(String sub) {
        JWTClaimsSet valid = claims(sub, ISSUER, AUDIENCE, now());
        JWTClaimsSet later = new JWTClaimsSet.Builder(valid).notBeforeTime(Date.from(now().plus(LIFETIME))).build();
        return sign(KEYS.getPrivate(), later);
    }

    public static String withIssuer(String sub, String issuer) {
        return sign(KEYS.getPrivate(), claims(sub, issuer, AUDIENCE, now()));
    }

    public static String withAudience(String sub, String audience) {
        return sign(KEYS.getPrivate(), claims(sub, ISSUER, audience, now()));
    }

    public static RSAPublicKey publicKey() {
        return (RSAPublicKey) KEYS.getPublic();
    }

    /**
     * A {@code file:} URL of the public key as an X.509 PEM, the form Boot's
     * {@code spring.security.oauth2.resourceserver.jwt.public-key-location} reads.
     */
    public static synchronized String publicKeyLocation() {
        String location = publicKeyLocation;
        if (location == null) {
            try {
                Path file = Files.createTempFile("hearth-test-jwt-", ".pub.pem");
                file.toFile().deleteOnExit();
                Files.writeString(file, pem(KEYS.getPublic().getEncoded()), StandardCharsets.US_ASCII);
                location = file.toUri().toString();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the test public key", e);
            }
            publicKeyLocation = location;
        }
        return location;
    }

    private static JWTClaimsSet claims(String sub, String issuer, String audience, Instant issuedAt, String... roles) {
        Set<String> allRoles = new LinkedHashSet<>();
        allRoles.add(MEMBER);
        allRoles.addAll(List.of(roles));
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(audience)
                .subject(sub)
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plus(LIFETIME)))
                .claim("roles", List.copyOf(allRoles))
                .build();
    }

    private static String sign(PrivateKey key, JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a test token", e);
        }
        return jwt.serialize();
    }

    private static String pem(byte[] subjectPublicKeyInfo) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(subjectPublicKeyInfo);
        return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    private static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is missing from this JVM", e);
        }
    }
}
