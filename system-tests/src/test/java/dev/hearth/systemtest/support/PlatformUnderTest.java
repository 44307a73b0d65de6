package dev.hearth.systemtest.support;

import dev.hearth.launcher.Endpoints;
import dev.hearth.launcher.keys.LocalTokens;
import dev.hearth.platform.test.ApiClient;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** The running platform as a client sees it: the gateway, and users with tokens. */
public final class PlatformUnderTest {

    /** As an app should: a 429 is sent again after its Retry-After, up to three times. */
    static final int RETRIES_ON_429 = 3;

    private final Endpoints endpoints;
    private final Duration startTime;
    private final ApiClient gateway;
    private final ApiClient gatewayAsItAnswers;
    private final LocalTokens tokens;
    private final LocalTokens strangersTokens;

    PlatformUnderTest(Endpoints endpoints, Duration startTime) {
        this.endpoints = endpoints;
        this.startTime = startTime;
        this.gatewayAsItAnswers = new ApiClient(endpoints.gatewayUrl());
        this.gateway = gatewayAsItAnswers.honouringRetryAfter(RETRIES_ON_429);
        this.tokens = LocalTokens.signedBy(endpoints.keys());
        this.strangersTokens = new LocalTokens(freshKey(), Clock.systemUTC());
    }

    /** The gateway through a client that honours {@code Retry-After} (at most {@value #RETRIES_ON_429} times). */
    public ApiClient gateway() {
        return gateway;
    }

    /** Where the platform's servers answer and its files are: for tests that look behind the API (stores, topics, logs). */
    public Endpoints endpoints() {
        return endpoints;
    }

    /** The gateway through a client that returns every answer as it comes, a 429 included. */
    public ApiClient gatewayAsItAnswers() {
        return gatewayAsItAnswers;
    }

    /** How long {@code up} took, from nothing running to healthy. */
    public Duration startTime() {
        return startTime;
    }

    /** A new user, unique to this run, with a token signed by the platform's own key (as {@code ./hearth token}). */
    public User newUser(String name) {
        String id = name + "-" + UUID.randomUUID().toString().substring(0, 8);
        return new User(id, tokens.mint(id));
    }

    /** A well-formed token for the user, with the right issuer and audience, signed by a key the platform never saw. */
    public String tokenSignedByAnotherKey(User user) {
        return strangersTokens.mint(user.id());
    }

    /** A token signed by the platform's key that expired a minute ago. */
    public String expiredToken(User user) {
        return tokens.mint(user.id(), List.of(), Duration.ofMinutes(-1));
    }

    private static PrivateKey freshKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is missing from this JVM", e);
        }
    }
}
