package dev.hearth.systemtest.owasp;

import dev.hearth.platform.test.ApiClient;
import dev.hearth.platform.test.ApiResponse;
import dev.hearth.platform.test.authorization.Actor;
import dev.hearth.platform.test.openapi.ApiOperation;
import dev.hearth.systemtest.owasp.HostileBodies.Body;
import dev.hearth.systemtest.owasp.HostileBodies.Expect;
import dev.hearth.systemtest.support.Footprint;
import dev.hearth.systemtest.support.PlatformUnderTest;
import dev.hearth.systemtest.support.SystemTest;
import dev.hearth.systemtest.support.User;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import tools.jackson.databind.JsonNode;

/**
 * Schema-driven hostile input ({@link HostileBodies}): every operation that takes a body gets at most
 * 30 bodies from its request schema, sent by the partner the authorization matrix lets succeed.
 * First every violation, on the fixtures: each a 400 problem naming the field (413 over 64 KB), after
 * which the couple's events, views and topic records are as they were; then the valid bodies, each
 * on a fresh entry, conflict or promise, each the operation's success. Nothing answers 5xx or leaks.
 * A failure names the seed; {@code -Dhearth.fuzz.seed=<seed>} sends the same bodies again.
 */
@SystemTest
class HostileBodiesSystemTest {

    @Test
    void violations_are_400s_naming_the_field_and_change_nothing_valid_bodies_succeed(PlatformUnderTest hearth,
            TestReporter reporter) {
        long seed = HostileBodies.seed();
        String replay = "seed " + seed + " (replay with -D" + HostileBodies.SEED_PROPERTY + "=" + seed + "): ";
        System.out.println("[owasp] hostile bodies, " + replay);
        reporter.publishEntry(HostileBodies.SEED_PROPERTY, Long.toString(seed));
        OwaspFixtures fixtures = OwaspFixtures.of(hearth);
        ApiClient api = hearth.gateway();
        Ledger ledger = new Ledger("hostile bodies");
        User newcomer = hearth.newUser("frank");
        Footprint before = fixtures.settled(hearth);

        for (ApiOperation operation : Operations.withBodies()) {
            Optional<Actor> actor = Operations.succeeding(operation);
            for (Body body : HostileBodies.of(operation, seed, fixtures.partnerOf(actor))) {
                if (body.expect() == Expect.INVALID || body.expect() == Expect.TOO_LARGE) {
                    ApiResponse answer = ledger.send(api, operation.method(), fixtures.path(operation),
                            fixtures.caller(actor, newcomer).token(), body.json());
                    check(ledger, operation, body, answer);
                }
            }
        }
        ledger.assertNothingWrong(reporter, replay);
        fixtures.assertUnchanged(before, "the violations", hearth);

        for (ApiOperation operation : Operations.withBodies()) {
            Optional<Actor> actor = Operations.succeeding(operation);
            for (Body body : HostileBodies.of(operation, seed, fixtures.partnerOf(actor))) {
                if (body.expect() == Expect.VALID || body.expect() == Expect.EITHER) {
                    User caller = actor.isPresent() ? fixtures.caller(actor, newcomer) : hearth.newUser("newcomer");
                    String path = fixtures.path(operation, fixtures.couple().coupleId(), fixtures.fresh(api, operation, ledger));
                    check(ledger, operation, body, ledger.send(api, operation.method(), path, caller.token(), body.json()));
                }
            }
        }
        ledger.assertNothingWrong(reporter, replay);
    }

    private static void check(Ledger ledger, ApiOperation operation, Body body, ApiResponse answer) {
        String what = operation.name() + " with " + body;
        switch (body.expect()) {
            case VALID -> ledger.expect(answer, right -> right.status() == operation.success(),
                    what + ": expected " + operation.success());
            case INVALID -> ledger.expect(answer, right -> invalidNaming(right, body.field()),
                    what + ": expected 400 invalid-request naming " + body.field());
            case EITHER -> ledger.expect(answer, right -> right.status() == operation.success()
                            || invalidNaming(right, body.field()) || invalidNaming(right, firstNamed(right)),
                    what + ": expected " + operation.success() + " or 400 invalid-request naming a field");
            case TOO_LARGE -> ledger.expectProblem(answer, 413, "payload-too-large", what);
        }
    }

    private static @Nullable String firstNamed(ApiResponse answer) {
        String named = answer.contentType().startsWith("application/problem+json") ? answer.text("/errors/0/field") : "";
        return named.isEmpty() ? "\u0000none" : named;
    }

    /** A 400 {@code invalid-request} whose {@code errors} (or detail) name the field, when there is one. */
    private static boolean invalidNaming(ApiResponse answer, @Nullable String field) {
        if (!Ledger.isProblem(400, "invalid-request").test(answer)) {
            return false;
        }
        if (field == null) {
            return true;
        }
        // A field of a nested object may be refused with its object (a recurrence that is not supported yet).
        String object = field.contains(".") ? field.substring(0, field.indexOf('.')) : field;
        if (answer.text("detail").contains(field) || answer.text("detail").startsWith(object + " ")) {
            return true;
        }
        for (JsonNode error : answer.json().path("errors")) {
            String named = error.path("field").asString("");
            if (named.equals(field) || named.equals(object) || named.startsWith(field + ".") || named.startsWith(field + "[")) {
                return true;
            }
        }
        return false;
    }
}
