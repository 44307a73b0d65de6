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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
    private static final Forgeries LOCAL = new Forgeries(KEYS);
    private static @Nullable String publicKeyLocation;

    private TestTokens() {
    }

    /** A valid token for {@code sub} with {@code member} and the given roles. */
    public static String mint(String sub, String... roles) {
        return sign(KEYS.getPrivate(), claims(sub, ISSUER, AUDIENCE, now(), roles));
    }

    /** A token that expired an hour ago (beyond any clock-skew allowance). */
    public static String expired(String sub) {
        return LOCAL.expired(sub);
    }

    /** A well-formed token signed by a key the services do not trust. */
    public static String signedByOtherKey(String sub) {
        return LOCAL.signedByAnotherKey(sub);
    }

    /** An unsigned token ({@code "alg": "none"}) with valid claims: accepted by nothing that checks signatures. */
    public static String algNone(String sub) {
        return LOCAL.algNone(sub);
    }

    /**
     * The key-confusion attack: valid claims, {@code HS256}, with the trusted RSA public key (as the
     * PEM text a verifier reads) used as the HMAC secret. A verifier that lets the token choose its
     * algorithm would accept it.
     */
    public static String hs256SignedWithPublicKey(String sub) {
        return LOCAL.hs256SignedWithPublicKey(sub);
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
        return LOCAL.notYetValid(sub);
    }

    public static String withIssuer(String sub, String issuer) {
        return LOCAL.withIssuer(sub, issuer);
    }

    public static String withAudience(String sub, String audience) {
        return LOCAL.withAudience(sub, audience);
    }

    /** The forgeries against this JVM's in-memory key pair (the one services under test trust). */
    public static Forgeries forgeries() {
        return LOCAL;
    }

    /**
     * The forgeries against another trusted key pair, e.g. a running platform's ({@code .hearth/keys}):
     * RS256 tokens like {@code ./hearth token}'s, each broken in one way.
     */
    public static Forgeries forging(PrivateKey trusted, RSAPublicKey trustedPublic) {
        return new Forgeries(new KeyPair(trustedPublic, trusted));
    }

    /**
     * Tokens that every check of tokens must refuse (401), each wrong in exactly one way, made against
     * a trusted key pair: whatever a token shows, only the trusted key's signature over unchanged
     * claims, in time, from the expected issuer, for the expected audience, about a well-formed user
     * id, lets it in.
     */
    public static final class Forgeries {

        /** A {@code sub} outside the user-id format ({@code [A-Za-z0-9._:@|-]{1,128}}): a space, a slash, dots. */
        public static final String MALFORMED_SUB = "eve smith/../admin";

        private final KeyPair trusted;
        private @Nullable KeyPair stranger;

        private Forgeries(KeyPair trusted) {
            this.trusted = trusted;
        }

        /** Every forgery of {@code sub}, by name, in a stable order. */
        public Map<String, String> all(String sub) {
            Map<String, String> tokens = new LinkedHashMap<>();
            tokens.put("expired", expired(sub));
            tokens.put("not valid yet", notYetValid(sub));
            tokens.put("wrong issuer", withIssuer(sub, "someone-else"));
            tokens.put("wrong audience", withAudience(sub, "another-app"));
            tokens.put("alg none", algNone(sub));
            tokens.put("HS256 with the public key", hs256SignedWithPublicKey(sub));
            tokens.put("another key", signedByAnotherKey(sub));
            tokens.put("tampered payload", tamperedPayload(sub));
            tokens.put("stripped signature", strippedSignature(sub));
            tokens.put("malformed sub", malformedSub());
            return tokens;
        }

        public String expired(String sub) {
            return sign(trusted.getPrivate(), claims(sub, ISSUER, AUDIENCE, now().minus(LIFETIME).minus(LIFETIME)));
        }

        public String notYetValid(String sub) {
            JWTClaimsSet valid = claims(sub, ISSUER, AUDIENCE, now());
            return sign(trusted.getPrivate(),
                    new JWTClaimsSet.Builder(valid).notBeforeTime(Date.from(now().plus(LIFETIME))).build());
        }

        public String withIssuer(String sub, String issuer) {
            return sign(trusted.getPrivate(), claims(sub, issuer, AUDIENCE, now()));
        }

        public String withAudience(String sub, String audience) {
            return sign(trusted.getPrivate(), claims(sub, ISSUER, audience, now()));
        }

        public String algNone(String sub) {
            return new PlainJWT(claims(sub, ISSUER, AUDIENCE, now())).serialize();
        }

        public String hs256SignedWithPublicKey(String sub) {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(),
                    claims(sub, ISSUER, AUDIENCE, now()));
            try {
                jwt.sign(new MACSigner(pem(trusted.getPublic().getEncoded()).getBytes(StandardCharsets.US_ASCII)));
            } catch (JOSEException e) {
                throw new IllegalStateException("cannot sign a test token", e);
            }
            return jwt.serialize();
        }

        /** Made lazily: most test runs never need a token signed by a stranger. */
        public synchronized String signedByAnotherKey(String sub) {
            KeyPair other = stranger;
            if (other == null) {
                other = newKeyPair();
                stranger = other;
            }
            return sign(other.getPrivate(), claims(sub, ISSUER, AUDIENCE, now()));
        }

        /** A genuine token of another user whose payload was swapped for {@code sub}'s, the signature kept. */
        public String tamperedPayload(String sub) {
            String[] genuine = sign(trusted.getPrivate(), claims("someone-else", ISSUER, AUDIENCE, now())).split("\\.");
            return genuine[0] + "." + claims(sub, ISSUER, AUDIENCE, now()).toPayload().toBase64URL() + "." + genuine[2];
        }

        /** A genuine token of {@code sub} with its signature cut off ({@code header.payload.}), the header still RS256. */
        public String strippedSignature(String sub) {
            String genuine = sign(trusted.getPrivate(), claims(sub, ISSUER, AUDIENCE, now()));
            return genuine.substring(0, genuine.lastIndexOf('.') + 1);
        }

        /** Signed by the trusted key, valid in every way but its {@code sub}, {@value #MALFORMED_SUB}. */
        public String malformedSub() {
            return sign(trusted.getPrivate(), claims(MALFORMED_SUB, ISSUER, AUDIENCE, now()));
        }
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
