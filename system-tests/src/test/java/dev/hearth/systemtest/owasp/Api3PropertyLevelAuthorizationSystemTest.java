package dev.hearth.systemtest.owasp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.platform.test.ApiClient;
import dev.hearth.platform.test.ApiResponse;
import dev.hearth.platform.test.authorization.Actor;
import dev.hearth.platform.test.openapi.ApiOperation;
import dev.hearth.systemtest.support.Eventually;
import dev.hearth.systemtest.support.PlatformUnderTest;
import dev.hearth.systemtest.support.SystemTest;
import dev.hearth.systemtest.support.User;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * API3, broken object-property-level authorization: fields a client must not set
 * ({@code promiserId}, {@code coupleId}, {@code status}, {@code recordedBy}, {@code partners},
 * {@code userId}, {@code roles}, {@code authorId}), added to the valid body of every operation, are
 * refused (400 naming one) or ignored: what is read back is what the server decided. And no answer
 * to a partner holds the other's private fields: private entries, check-ins (felt safety).
 */
@SystemTest
class Api3PropertyLevelAuthorizationSystemTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void fields_a_client_must_not_set_are_refused_or_ignored(PlatformUnderTest hearth, TestReporter reporter) {
        OwaspFixtures fixtures = OwaspFixtures.of(hearth);
        ApiClient api = hearth.gateway();
        Ledger ledger = new Ledger("API3 mass assignment");
        User mallory = hearth.newUser("mallory");
        String elsewhere = fixtures.others().coupleId();

        for (ApiOperation operation : Operations.withBodies()) {
            Optional<Actor> actor = Operations.succeeding(operation);
            User caller = actor.isPresent() ? fixtures.caller(actor, mallory) : hearth.newUser("newcomer");
            ObjectNode body = (ObjectNode) JSON.readTree(HostileBodies.valid(operation, fixtures.partnerOf(actor)));
            Map<String, Object> injected = Map.of("promiserId", mallory.id(), "coupleId", elsewhere, "status", "KEPT",
                    "recordedBy", mallory.id(), "partners", List.of(mallory.id()), "userId", mallory.id(),
                    "roles", List.of("admin"), "authorId", mallory.id());
            injected.forEach((field, value) -> {
                if (!operation.requestSchema().path("properties").has(field)) {
                    body.set(field, JSON.valueToTree(value));
                }
            });
            String path = fixtures.path(operation, fixtures.couple().coupleId(), fixtures.fresh(api, operation, ledger));
            ApiResponse answer = ledger.send(api, operation.method(), path, caller.token(), JSON.writeValueAsString(body));
            ledger.expect(answer, right -> right.status() == operation.success() || (answer.status() == 400
                            && injected.keySet().stream().anyMatch(field -> answer.body().contains(field))),
                    operation.name() + " with " + body + ": expected " + operation.success() + " or a 400 naming the field");
            if (answer.status() < 300) {
                ledger.expect(answer, right -> !right.body().contains(mallory.id()) && !right.body().contains(elsewhere),
                        operation.name() + ": an answer showing what the client injected");
                readBack(api, ledger, fixtures, operation, caller, answer, mallory, elsewhere);
            }
        }
        for (String list : List.of("/entries", "/conflicts", "/check-ins", "/promises", "/insights", "")) {
            for (User partner : List.of(fixtures.partner(), fixtures.otherPartner())) {
                ApiResponse answer = ledger.send(api, "GET", fixtures.couple().path() + list, partner.token(), null);
                ledger.expect(answer, right -> right.status() == 200 && !right.body().contains(mallory.id())
                        && !right.body().contains(elsewhere), "GET " + list + " by " + partner + " after the injections");
            }
        }
        ledger.assertNothingWrong(reporter, "");
    }

    @Test
    void no_answer_to_a_partner_holds_the_others_private_entries_or_check_ins(PlatformUnderTest hearth, TestReporter reporter) {
        OwaspFixtures fixtures = OwaspFixtures.of(hearth);
        ApiClient api = hearth.gateway();
        Ledger ledger = new Ledger("API3 private fields");
        String path = fixtures.couple().path();
        String secret = "private-" + UUID.randomUUID();
        String alice = fixtures.partner().token();
        String hidden = OwaspFixtures.created(ledger.send(api, "POST", path + "/entries", alice,
                "{\"kind\":\"VULNERABILITY\",\"visibility\":\"PRIVATE\",\"text\":\"" + secret + "\"}"), "entryId");
        String checkIn = OwaspFixtures.created(ledger.send(api, "POST", path + "/check-ins", alice, "{\"safety\":2}"), "checkInId");
        // Alice sees both (control), once her views have them.
        Eventually.await("alice's check-in listed", Duration.ofSeconds(30),
                () -> api.get(path + "/check-ins", alice), answer -> answer.body().contains(checkIn));
        assertThat(api.get(path + "/entries/" + hidden, alice).body()).contains(secret);

        for (ApiOperation operation : Operations.all()) {
            if (!operation.method().equals("GET") || !operation.underCouple()) {
                continue;
            }
            ApiResponse answer = ledger.send(api, "GET", fixtures.path(operation, fixtures.couple().coupleId(),
                    Map.of("entryId", hidden)), fixtures.otherPartner().token(), null);
            // A refusal may quote the id it was asked for; an answer must hold nothing of hers.
            ledger.expect(answer, right -> right.status() >= 400 || !right.body().contains(secret) && !right.body().contains(hidden)
                    && !right.body().contains(checkIn), operation.name() + " by the other partner holds alice's private fields");
        }
        ledger.assertNothingWrong(reporter, "");
    }

    /** What the server decided, read back: the caller is the promiser, author and only partner it made. */
    private static void readBack(ApiClient api, Ledger ledger, OwaspFixtures fixtures, ApiOperation operation, User caller,
                                 ApiResponse created,
                                 User mallory, String elsewhere) {
        String couple = fixtures.couple().path();
        if (operation.path().equals("/api/couples/{coupleId}/promises")) {
            ApiResponse promise = ledger.send(api, "GET", couple + "/promises/" + created.text("promiseId"), caller.token(), null);
            ledger.expect(promise, right -> right.text("promiserId").equals(caller.id()) && right.text("status").equals("OPEN")
                    && right.text("coupleId").equals(fixtures.couple().coupleId()), "the promise made with injected fields");
        } else if (operation.path().equals("/api/couples/{coupleId}/entries")) {
            ApiResponse entry = ledger.send(api, "GET", couple + "/entries/" + created.text("entryId"), caller.token(), null);
            ledger.expect(entry, right -> right.text("authorId").equals(caller.id()), "the entry written with injected fields");
        } else if (operation.path().equals("/api/couples")) {
            ApiResponse started = ledger.send(api, "GET", "/api/couples/" + created.text("coupleId"), caller.token(), null);
            ledger.expect(started, right -> right.json().path("partners").size() == 1
                    && right.text("/partners/0").equals(caller.id()) && !right.body().contains(mallory.id())
                    && !right.body().contains(elsewhere), "the couple started with injected fields");
        }
    }
}
