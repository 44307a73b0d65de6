package dev.hearth.systemtest.owasp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.platform.test.ApiClient;
import dev.hearth.platform.test.ApiResponse;
import dev.hearth.platform.test.authorization.Actor;
import dev.hearth.platform.test.openapi.ApiOperation;
import dev.hearth.systemtest.support.Couples;
import dev.hearth.systemtest.support.Couples.FormedCouple;
import dev.hearth.systemtest.support.Footprint;
import dev.hearth.systemtest.support.PlatformUnderTest;
import dev.hearth.systemtest.support.User;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the suite attacks, formed once per run: alice (the partner) and bob (the other partner) with
 * a shared and a private entry of alice's, a conflict and a promise of alice's to bob; carol (the
 * outsider) and dave, a couple of their own; erin, who never joins a couple.
 *
 * @param ids the values of the documents' path parameters besides {@code coupleId}, by name
 */
record OwaspFixtures(FormedCouple couple, FormedCouple others, User loner, Map<String, String> ids) {

    static OwaspFixtures of(PlatformUnderTest hearth) {
        return hearth.once(OwaspFixtures.class, OwaspFixtures::make);
    }

    User partner() {
        return couple.first();
    }

    User otherPartner() {
        return couple.second();
    }

    User outsider() {
        return others.first();
    }

    /** The couple's footprint once its fixtures have arrived everywhere. */
    Footprint settled(PlatformUnderTest hearth) {
        return Footprint.settled(hearth, couple.coupleId(), partner(), otherPartner());
    }

    void assertUnchanged(Footprint before, String by, PlatformUnderTest hearth) {
        before.assertUnchanged(by, hearth, couple.coupleId(), partner(), otherPartner());
    }

    /** The operation's path under {@code coupleId}, its other parameters from {@code values}, else the fixtures'. */
    String path(ApiOperation operation, String coupleId, Map<String, String> values) {
        String path = operation.path();
        for (String parameter : operation.pathParameters()) {
            String value = parameter.equals("coupleId") ? coupleId : values.getOrDefault(parameter, ids.get(parameter));
            if (value == null) {
                throw new AssertionError("no fixture for the path parameter {" + parameter + "} of " + operation
                        + ": add one to " + OwaspFixtures.class.getName());
            }
            path = path.replace("{" + parameter + "}", value);
        }
        return path;
    }

    String path(ApiOperation operation) {
        return path(operation, couple.coupleId(), Map.of());
    }

    /** Who succeeds at an operation ({@link Operations#succeeding}): the partner or the other partner, else the newcomer. */
    User caller(Optional<Actor> actor, User newcomer) {
        return actor.map(partner -> partner == Actor.PARTNER ? partner() : otherPartner()).orElse(newcomer);
    }

    /** The partner of the caller {@link #caller} picks, for the body's user-id fields ({@code promiseeId}). */
    String partnerOf(Optional<Actor> actor) {
        return actor.map(partner -> partner == Actor.PARTNER ? otherPartner() : partner()).orElse(partner()).id();
    }

    /**
     * A new entry, conflict or promise of the partner's for each such path parameter of the operation,
     * so that a valid request succeeds whatever happened to the fixtures' own.
     */
    Map<String, String> fresh(ApiClient api, ApiOperation operation, Ledger ledger) {
        String path = couple.path();
        String alice = partner().token();
        Map<String, String> values = new HashMap<>();
        for (String parameter : operation.pathParameters()) {
            switch (parameter) {
                case "entryId" -> values.put(parameter, created(ledger.send(api, "POST", path + "/entries", alice,
                        "{\"kind\":\"REFLECTION\",\"visibility\":\"SHARED\",\"text\":\"fresh\"}"), "entryId"));
                case "conflictId" -> values.put(parameter, created(ledger.send(api, "POST", path + "/conflicts", alice,
                        "{\"topic\":\"fresh\"}"), "conflictId"));
                case "promiseId" -> values.put(parameter, created(ledger.send(api, "POST", path + "/promises", alice,
                        "{\"promiseeId\":\"" + otherPartner().id() + "\",\"description\":\"fresh\"}"), "promiseId"));
                default -> {
                    // coupleId, code: the fixtures' own
                }
            }
        }
        return values;
    }

    private static OwaspFixtures make(PlatformUnderTest hearth) {
        FormedCouple couple = Couples.form(hearth, "alice", "bob");
        FormedCouple others = Couples.form(hearth, "carol", "dave");
        User alice = couple.first();
        String path = couple.path();
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("code", couple.inviteCode());
        ids.put("entryId", created(hearth.gateway().post(path + "/entries", alice.token(),
                Map.of("kind", "GRATITUDE", "visibility", "SHARED", "text", "owasp shared")), "entryId"));
        ids.put("privateEntryId", created(hearth.gateway().post(path + "/entries", alice.token(),
                Map.of("kind", "REFLECTION", "visibility", "PRIVATE", "text", "owasp private")), "entryId"));
        ids.put("conflictId", created(hearth.gateway().post(path + "/conflicts", alice.token(), Map.of("topic", "owasp")),
                "conflictId"));
        ids.put("promiseId", Couples.promise(hearth, couple, alice, "owasp promise"));
        return new OwaspFixtures(couple, others, hearth.newUser("erin"), Map.copyOf(ids));
    }

    static String created(ApiResponse response, String field) {
        assertThat(response.status()).as("%s", response).isEqualTo(201);
        return response.text(field);
    }
}
