package dev.hearth.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.platform.test.ApiClient;
import dev.hearth.platform.test.ApiResponse;
import dev.hearth.platform.test.authorization.Actor;
import dev.hearth.platform.test.authorization.AuthorizationMatrix;
import dev.hearth.platform.test.authorization.Expectation;
import dev.hearth.platform.test.authorization.Row;
import dev.hearth.systemtest.support.EndedCouples;
import dev.hearth.systemtest.support.Footprint;
import dev.hearth.systemtest.support.PlatformUnderTest;
import dev.hearth.systemtest.support.SystemTest;
import dev.hearth.systemtest.support.User;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The authorization matrix ({@link AuthorizationMatrix}) played through the gateway on one set of
 * shared fixtures: first every row for the callers without a token, the outsider (who also sends
 * an invalid and a malformed body), the departed partner and the partner after erasure (on the run's
 * one leave and one erasure, {@link EndedCouples}), after which not one event, view document or topic
 * record of the couple has appeared, nor an event or view document of the ended couples; then every
 * row for the two partners, in the matrix's order.
 */
@SystemTest
class AuthorizationMatrixSystemTest {

    private static final List<String> OUTSIDER_BODIES = List.of("{}", "{\"kind\":", "[1,2]");

    @Test
    void every_caller_gets_what_the_matrix_says_and_outsiders_change_nothing(PlatformUnderTest hearth) {
        ApiClient api = hearth.gateway();
        Fixtures fixtures = Fixtures.make(hearth);
        String couple = fixtures.placeholders(Actor.PARTNER).get("coupleId");
        Footprint before = Footprint.settled(hearth, couple, fixtures.partner(), fixtures.otherPartner());
        EndedCouples ended = EndedCouples.of(hearth);
        Footprint closed = Footprint.atRest(hearth, ended.closed().coupleId());
        Footprint erased = Footprint.atRest(hearth, ended.erased().coupleId());

        List<String> mismatches = new ArrayList<>();
        for (Row row : AuthorizationMatrix.rows()) {
            for (Actor actor : List.of(Actor.NO_TOKEN, Actor.OUTSIDER, Actor.DEPARTED_PARTNER, Actor.AFTER_ERASURE)) {
                play(api, fixtures, row, actor, row.body(), mismatches);
                // Under the couple under test only: under their own couple ({ownCoupleId}) the outsider is a
                // member, whose body is checked (400) before the resource is looked up.
                if (actor == Actor.OUTSIDER && row.method().equals("POST") && row.pathTemplate().startsWith("/api/couples/{coupleId}")) {
                    OUTSIDER_BODIES.forEach(body -> play(api, fixtures, row, actor, body, mismatches));
                }
            }
        }
        assertThat(mismatches).as("answers that differ from the matrix").isEmpty();
        before.assertUnchanged("the outsiders", hearth, couple, fixtures.partner(), fixtures.otherPartner());
        closed.assertSameAtRest("the departed partner", hearth, ended.closed().coupleId());
        erased.assertSameAtRest("the partner after erasure", hearth, ended.erased().coupleId());

        for (Row row : AuthorizationMatrix.rows()) {
            for (Actor actor : List.of(Actor.PARTNER, Actor.OTHER_PARTNER)) {
                play(api, fixtures, row, actor, row.body(), mismatches);
            }
        }
        assertThat(mismatches).as("answers that differ from the matrix").isEmpty();
    }

    private static void play(ApiClient api, Fixtures fixtures, Row row, Actor actor, @Nullable String bodyTemplate,
                             List<String> mismatches) {
        Expectation expected = row.expected().get(actor);
        if (expected == null) {
            return;
        }
        Map<String, String> values = fixtures.placeholders(actor);
        String path = fill(row.pathTemplate(), values);
        String body = bodyTemplate == null ? null : fill(bodyTemplate, values);
        Map<String, String> headers = ApiClient.bearer(fixtures.token(actor));
        if (body != null) {
            headers.put("Content-Type", "application/json");
        }
        ApiResponse answer = api.send(row.method(), path, headers, body);
        String type = answer.contentType().startsWith("application/problem+json") ? answer.problemType() : null;
        boolean matches = answer.status() == expected.status()
                && (expected.type() == null ? answer.status() < 400 : expected.type().equals(type));
        if (!matches) {
            mismatches.add(actor + " " + row + " (" + body + "): expected " + expected + ", got " + answer);
        }
    }

    private static String fill(String template, Map<String, String> values) {
        String filled = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            filled = filled.replace("{" + value.getKey() + "}", value.getValue());
        }
        return filled;
    }

    /**
     * The shared fixtures: alice (the partner) and bob (the other partner) formed a couple by invite; alice
     * wrote a shared and a private entry, opened a conflict and made five promises to bob; carol (the
     * outsider) and dave formed a couple of their own.
     */
    private record Fixtures(User partner, User otherPartner, Map<Actor, String> tokens, Map<Actor, Map<String, String>> values) {

        static Fixtures make(PlatformUnderTest hearth) {
            ApiClient api = hearth.gateway();
            User alice = hearth.newUser("alice");
            User bob = hearth.newUser("bob");
            User carol = hearth.newUser("carol");
            User dave = hearth.newUser("dave");
            String[] code = new String[1];
            String couple = form(api, alice, bob, code);
            String carols = form(api, carol, dave, new String[1]);
            String path = "/api/couples/" + couple;

            Map<String, String> shared = new LinkedHashMap<>();
            shared.put("coupleId", couple);
            shared.put("code", code[0]);
            shared.put("entryId", created(api.post(path + "/entries", alice.token(),
                    Map.of("kind", "GRATITUDE", "visibility", "SHARED", "text", "thank you")), "entryId"));
            shared.put("privateEntryId", created(api.post(path + "/entries", alice.token(),
                    Map.of("kind", "REFLECTION", "visibility", "PRIVATE", "text", "mine")), "entryId"));
            shared.put("conflictId", created(api.post(path + "/conflicts", alice.token(), Map.of("topic", "chores")), "conflictId"));
            shared.put("promiseId", created(api.post(path + "/promises", alice.token(),
                    Map.of("promiseeId", bob.id(), "description", "water the plants")), "promiseId"));
            shared.put("promiseToBreakId", created(api.post(path + "/promises", alice.token(),
                    Map.of("promiseeId", bob.id(), "description", "call the bank")), "promiseId"));
            for (String lifecycle : List.of("promiseToReleaseId", "promiseToWithdrawId", "promiseToRenegotiateId")) {
                shared.put(lifecycle, created(api.post(path + "/promises", alice.token(),
                        Map.of("promiseeId", bob.id(), "description", "book the tickets")), "promiseId"));
            }

            Map<Actor, Map<String, String>> values = new EnumMap<>(Actor.class);
            values.put(Actor.PARTNER, with(shared, couple, bob.id()));
            values.put(Actor.OTHER_PARTNER, with(shared, couple, alice.id()));
            values.put(Actor.OUTSIDER, with(shared, carols, dave.id()));
            values.put(Actor.NO_TOKEN, with(shared, couple, bob.id()));
            // The departed and the erased call the couple they had, this couple's ids in its URLs.
            EndedCouples ended = EndedCouples.of(hearth);
            values.put(Actor.DEPARTED_PARTNER, ended(shared, ended.closed().coupleId(), ended.remaining().id()));
            values.put(Actor.AFTER_ERASURE, ended(shared, ended.erased().coupleId(), ended.eraser().id()));
            Map<Actor, String> tokens = new EnumMap<>(Actor.class);
            tokens.put(Actor.PARTNER, alice.token());
            tokens.put(Actor.OTHER_PARTNER, bob.token());
            tokens.put(Actor.OUTSIDER, carol.token());
            tokens.put(Actor.DEPARTED_PARTNER, ended.departed().token());
            tokens.put(Actor.AFTER_ERASURE, ended.afterErasure().token());
            return new Fixtures(alice, bob, tokens, values);
        }

        Map<String, String> placeholders(Actor actor) {
            return values.get(actor);
        }

        @Nullable String token(Actor actor) {
            return tokens.get(actor);
        }

        private static Map<String, String> ended(Map<String, String> shared, String formerCouple, String formerPartner) {
            Map<String, String> values = with(shared, formerCouple, formerPartner);
            values.put("coupleId", formerCouple);
            return values;
        }

        private static Map<String, String> with(Map<String, String> shared, String ownCouple, String partner) {
            Map<String, String> values = new LinkedHashMap<>(shared);
            values.put("ownCoupleId", ownCouple);
            values.put("partnerId", partner);
            return values;
        }

        private static String form(ApiClient api, User first, User second, String[] code) {
            ApiResponse started = api.post("/api/couples", first.token(), Map.of("timezone", "Europe/Berlin"));
            String couple = created(started, "coupleId");
            code[0] = created(api.post("/api/couples/" + couple + "/invites", first.token(), Map.of()), "code");
            ApiResponse accepted = api.post("/api/invites/" + code[0] + "/accept", second.token(), Map.of());
            assertThat(accepted.status()).as("%s", accepted).isEqualTo(200);
            return couple;
        }

        private static String created(ApiResponse response, String field) {
            assertThat(response.status()).as("%s", response).isEqualTo(201);
            return response.text(field);
        }
    }
}
