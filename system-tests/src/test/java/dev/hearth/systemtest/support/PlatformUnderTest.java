package dev.hearth.systemtest.support;

import dev.hearth.launcher.Component;
import dev.hearth.launcher.Endpoints;
import dev.hearth.launcher.keys.LocalKeys;
import dev.hearth.launcher.keys.LocalTokens;
import dev.hearth.platform.test.ApiClient;
import dev.hearth.platform.test.TestTokens;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** The running platform as a client sees it: the gateway, and users with tokens. */
public final class PlatformUnderTest {

    /** As an app should: a 429 is sent again after its Retry-After, up to three times. */
    static final int RETRIES_ON_429 = 3;

    private final Endpoints endpoints;
    private final Duration startTime;
    private final ApiClient gateway;
    private final ApiClient gatewayAsItAnswers;
    private final LocalTokens tokens;
    private final TestTokens.Forgeries forgeries;
    private final Map<Class<?>, Object> perRun = new HashMap<>();

    PlatformUnderTest(Endpoints endpoints, Duration startTime) {
        this.endpoints = endpoints;
        this.startTime = startTime;
        this.gatewayAsItAnswers = new ApiClient(endpoints.gatewayUrl());
        this.gateway = gatewayAsItAnswers.honouringRetryAfter(RETRIES_ON_429);
        LocalKeys keys = endpoints.keys();
        this.tokens = LocalTokens.signedBy(keys);
        this.forgeries = TestTokens.forging(keys.privateKey(), keys.publicKey());
    }

    /** The gateway through a client that honours {@code Retry-After} (at most {@value #RETRIES_ON_429} times). */
    public ApiClient gateway() {
        return gateway;
    }

    /** A service on its own port, bypassing the gateway (as someone inside the network could). */
    public ApiClient service(Component service) {
        return new ApiClient(endpoints.url(service));
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
        return newUser(name, List.of());
    }

    /** A new user with roles besides {@code member} ({@code ./hearth token USER --role analyst}). */
    public User newUser(String name, List<String> roles) {
        String id = name + "-" + UUID.randomUUID().toString().substring(0, 8);
        return new User(id, tokens.mint(id, roles, LocalTokens.DEFAULT_TTL));
    }

    /** Tokens the platform must refuse, each wrong in one way, made against the platform's own key. */
    public TestTokens.Forgeries forgeries() {
        return forgeries;
    }

    /**
     * What several test classes share for the whole run (a few couples formed once, never one set per
     * class): made by the first that asks, then the same object.
     */
    public synchronized <T> T once(Class<T> type, Function<PlatformUnderTest, T> make) {
        Object made = perRun.get(type);
        if (made == null) {
            made = make.apply(this);
            perRun.put(type, made);
        }
        return type.cast(made);
    }
}
