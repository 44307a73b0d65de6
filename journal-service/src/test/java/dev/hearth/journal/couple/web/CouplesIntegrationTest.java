package dev.hearth.journal.couple.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.contracts.CloudEvent;
import dev.hearth.contracts.CloudEventHeaders;
import dev.hearth.contracts.EventType;
import dev.hearth.contracts.HearthEventJson;
import dev.hearth.contracts.Topic;
import dev.hearth.contracts.couple.CoupleStarted;
import dev.hearth.contracts.couple.PartnerInvited;
import dev.hearth.contracts.couple.PartnerJoined;
import dev.hearth.journal.JournalApplication;
import dev.hearth.journal.JournalServiceTest;
import dev.hearth.journal.couple.InviteCode;
import dev.hearth.platform.id.Ids;
import dev.hearth.platform.test.ApiClient;
import dev.hearth.platform.test.ApiResponse;
import dev.hearth.platform.test.HearthTestInfrastructure;
import dev.hearth.platform.test.OpenApiDocuments;
import dev.hearth.platform.test.TestTokens;
import dev.hearth.platform.test.TopicReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroup;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * journal-service for real: HTTP with signed tokens, PostgreSQL, MongoDB and a Kafka broker. Run
 * on the embedded servers by {@code JournalOnEmbeddedServersTest} and on containers by
 * {@code JournalOnContainersTest}.
 */
public abstract class CouplesIntegrationTest extends JournalServiceTest {

    /** Threads of their own: the common pool may have a single worker on two cores, which would serialize the race. */
    private static final ExecutorService CONCURRENTLY = Executors.newCachedThreadPool();

    private static final String COUPLES = Topic.COUPLES.topicName();

    @LocalServerPort
    private int port;

    @Value("${spring.kafka.bootstrap-servers}")
    private String bootstrapServers;

    @Autowired
    private JdbcTemplate jdbc;

    @Value("${hearth.invites.secret}")
    private String inviteSecret;

    @Autowired
    private HealthEndpointGroups healthGroups;

    @Autowired
    private HealthContributorRegistry healthContributors;

    private ApiClient api;
    private final String alice = user("alice");
    private final String bob = user("bob");
    private final String carol = user("carol");

    @BeforeEach
    void api() {
        api = ApiClient.onPort(port);
    }

    @Test
    void alice_starts_a_couple_invites_bob_bob_joins_and_the_events_reach_the_couples_topic() {
        String correlationId = "corr-" + UUID.randomUUID();
        var started = api.send("POST", "/api/couples", headers(alice, correlationId), "{\"timezone\":\"Europe/Paris\"}");
        assertThat(started.status()).isEqualTo(201);
        String coupleId = started.text("coupleId");
        assertThat(coupleId).matches(Ids.UUID_PATTERN);
        assertThat(started.location()).contains("/api/couples/" + coupleId);

        var invited = api.post("/api/couples/" + coupleId + "/invites", token(alice), null);
        assertThat(invited.status()).isEqualTo(201);
        String code = invited.text("code");
        assertThat(code).matches("[A-Za-z0-9_-]{22}");
        assertThat(Instant.parse(invited.text("expiresAt"))).isBetween(
                Instant.now().plus(Duration.ofDays(7)).minusSeconds(60), Instant.now().plus(Duration.ofDays(7)));

        var joined = api.post("/api/invites/" + code + "/accept", token(bob), "{}");
        assertThat(joined.status()).isEqualTo(200);
        assertThat(joined.text("coupleId")).isEqualTo(coupleId);

        for (String partner : List.of(alice, bob)) {
            var couple = api.get("/api/couples/" + coupleId, token(partner));
            assertThat(couple.status()).isEqualTo(200);
            assertThat(couple.text("coupleId")).isEqualTo(coupleId);
            assertThat(couple.text("timezone")).isEqualTo("Europe/Paris");
            assertThat(couple.json().path("partners")).extracting(JsonNode::asString).containsExactly(alice, bob);
        }

        List<ConsumerRecord<String, byte[]>> records = recordsOf(coupleId, 3);
        assertThat(records).hasSize(3).allSatisfy(record -> {
            assertThat(record.key()).isEqualTo(coupleId);
            Map<String, String> headers = TopicReader.headers(record);
            assertThat(headers).containsKeys(CloudEventHeaders.ALL.toArray(String[]::new));
            assertThat(headers).containsEntry(CloudEventHeaders.SPEC_VERSION, "1.0")
                    .containsEntry(CloudEventHeaders.SOURCE, "/hearth/journal-service")
                    .containsEntry(CloudEventHeaders.SUBJECT, coupleId)
                    .containsEntry(CloudEventHeaders.AGGREGATE_ID, coupleId)
                    .containsEntry(CloudEventHeaders.CONTENT_TYPE, "application/json");
            String payload = new String(record.value(), StandardCharsets.UTF_8);
            assertThat(payload).doesNotContain(code).doesNotContain(new InviteCode(code).hash());
        });
        List<CloudEvent> envelopes = records.stream()
                .map(record -> CloudEvent.fromHeaders(TopicReader.headers(record), record.value()))
                .toList();
        assertThat(envelopes).extracting(CloudEvent::type).containsExactly(
                "dev.hearth.couple.CoupleStarted.v1", "dev.hearth.couple.PartnerInvited.v1", "dev.hearth.couple.PartnerJoined.v1");
        assertThat(envelopes).extracting(CloudEvent::aggregateSequence).containsExactly(0L, 1L, 2L);
        assertThat(envelopes).extracting(CloudEvent::id).doesNotHaveDuplicates();
        assertThat(envelopes.get(0).correlationId()).isEqualTo(correlationId);
        assertThat(envelopes.stream().map(e -> HearthEventJson.read(EventType.fromCeType(e.type()).orElseThrow(), e.data())))
                .containsExactly(
                        new CoupleStarted(coupleId, alice, "Europe/Paris"),
                        new PartnerInvited(coupleId, alice, Instant.parse(invited.text("expiresAt"))),
                        new PartnerJoined(coupleId, bob));
    }

    @Test
    void strangers_get_couple_not_found_on_every_couple_endpoint_and_nothing_changes() {
        String coupleId = formCouple(alice, bob);
        String memberOfAnotherCouple = user("dave");
        startCouple(memberOfAnotherCouple);
        long eventsBefore = storedEvents();

        for (String stranger : List.of(carol, memberOfAnotherCouple)) {
            assertCoupleNotFound(api.get("/api/couples/" + coupleId, token(stranger)));
            assertCoupleNotFound(api.post("/api/couples/" + coupleId + "/invites", token(stranger), null));
        }

        assertThat(storedEvents()).isEqualTo(eventsBefore);
        assertThat(api.get("/api/couples/" + coupleId, token(alice)).json().path("partners")).hasSize(2);
    }

    @Test
    void an_unknown_couple_looks_exactly_like_someone_elses() {
        String coupleId = formCouple(alice, bob);
        String unknown = UUID.randomUUID().toString();

        var someoneElses = api.get("/api/couples/" + coupleId, token(carol));
        var nonexistent = api.get("/api/couples/" + unknown, token(carol));
        var notEvenAnId = api.post("/api/couples/not-a-uuid/invites", token(carol), null);

        for (var response : List.of(someoneElses, nonexistent, notEvenAnId)) {
            assertCoupleNotFound(response);
        }
        assertThat(nonexistent.text("detail")).isEqualTo(someoneElses.text("detail").replace(coupleId, unknown));
        assertCoupleNotFound(api.post("/api/couples/" + unknown + "/invites", token(carol), null));
    }

    @Test
    void an_outsiders_malformed_json_is_answered_couple_not_found_before_the_body_is_read() {
        String coupleId = formCouple(alice, bob);
        long eventsBefore = storedEvents();

        var answer = api.post("/api/couples/" + coupleId + "/invites", token(carol), "{\"note\":");

        assertCoupleNotFound(answer);
        assertThat(storedEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void a_third_user_accepting_a_used_invite_finds_it_gone() {
        String coupleId = startCouple(alice);
        String code = invite(alice, coupleId);
        assertThat(api.post("/api/invites/" + code + "/accept", token(bob), "{}").status()).isEqualTo(200);

        refusedStoringNothing(410, "invite-expired", () -> api.post("/api/invites/" + code + "/accept", token(carol), "{}"));
    }

    @Test
    void the_joiner_retrying_the_accept_gets_the_same_answer_and_no_second_event() {
        String coupleId = startCouple(alice);
        String code = invite(alice, coupleId);
        api.post("/api/invites/" + code + "/accept", token(bob), "{}");
        long eventsBefore = storedEvents();

        var retried = api.post("/api/invites/" + code + "/accept", token(bob), null);

        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.text("coupleId")).isEqualTo(coupleId);
        assertThat(storedEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void a_partner_accepting_their_own_couples_invite_is_already_in_the_couple() {
        String coupleId = startCouple(alice);
        String code = invite(alice, coupleId);

        var own = api.post("/api/invites/" + code + "/accept", token(alice), "{}");

        assertThat(own.status()).isEqualTo(409);
        assertThat(own.problemType()).isEqualTo("already-in-couple");
    }

    @Test
    void an_unknown_invite_code_is_not_found() {
        for (String code : List.of(InviteCode.random(new java.security.SecureRandom()).value(), "nonsense")) {
            var response = api.post("/api/invites/" + code + "/accept", token(bob), "{}");

            assertThat(response.status()).isEqualTo(404);
            assertThat(response.problemType()).isEqualTo("invite-not-found");
        }
    }

    @Test
    void a_couple_of_two_cannot_invite_a_third() {
        String coupleId = formCouple(alice, bob);

        var third = api.post("/api/couples/" + coupleId + "/invites", token(bob), null);

        assertThat(third.status()).isEqualTo(409);
        assertThat(third.problemType()).isEqualTo("couple-full");
    }

    @Test
    void a_partner_cannot_start_a_couple_of_their_own() {
        formCouple(alice, bob);

        refusedStoringNothing(409, "already-in-couple", () -> api.post("/api/couples", token(bob), "{\"timezone\":\"UTC\"}"));
    }

    @Test
    void two_couples_racing_for_one_user_get_them_exactly_once() {
        String erin = user("erin");
        String codeFromAlice = invite(alice, startCouple(alice));
        String codeFromErin = invite(erin, startCouple(erin));

        var fromAlice = CompletableFuture.supplyAsync(() -> api.post("/api/invites/" + codeFromAlice + "/accept", token(bob), "{}"), CONCURRENTLY);
        var fromErin = CompletableFuture.supplyAsync(() -> api.post("/api/invites/" + codeFromErin + "/accept", token(bob), "{}"), CONCURRENTLY);

        List<ApiResponse> answers = List.of(fromAlice.join(), fromErin.join());
        assertThat(answers).extracting(ApiResponse::status).containsExactlyInAnyOrder(200, 409);
        assertThat(answers).filteredOn(r -> r.status() == 409).extracting(ApiResponse::problemType).containsExactly("already-in-couple");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM couple_member WHERE user_id = ?", Long.class, bob)).isEqualTo(1);
    }

    @Test
    void a_couple_started_without_a_timezone_lives_in_utc() {
        var started = api.post("/api/couples", token(alice), "{}");

        assertThat(started.status()).isEqualTo(201);
        assertThat(api.get("/api/couples/" + started.text("coupleId"), token(alice)).text("timezone")).isEqualTo("UTC");
    }

    @Test
    void a_timezone_that_is_not_an_iana_id_is_a_400_naming_it_and_writes_nothing() {
        long eventsBefore = storedEvents();

        for (String timezone : List.of("Mars/Olympus_Mons", "+02:00", "", "x".repeat(100))) {
            var rejected = api.post("/api/couples", token(alice), "{\"timezone\":\"" + timezone + "\"}");

            assertThat(rejected.status()).isEqualTo(400);
            assertThat(rejected.contentType()).startsWith("application/problem+json");
            assertThat(rejected.problemType()).isEqualTo("invalid-request");
            assertThat(rejected.text("detail")).contains("timezone");
        }
        assertThat(storedEvents()).isEqualTo(eventsBefore);
        assertThat(memberships(alice)).isZero();
    }

    @Test
    void a_couple_id_that_is_not_a_uuid_is_a_400_naming_it() {
        ApiResponse rejected = refusedStoringNothing(400, "invalid-request",
                () -> api.post("/api/couples", token(alice), "{\"coupleId\":\"couple-1\",\"timezone\":\"UTC\"}"));

        assertThat(rejected.text("detail")).contains("coupleId");
    }

    @Test
    void malformed_json_is_a_400_and_writes_nothing() {
        refusedStoringNothing(400, "invalid-request", () -> api.post("/api/couples", token(alice), "{\"timezone\":"));
    }

    @Test
    void retrying_a_start_with_the_same_id_and_body_answers_the_same_201_and_stores_one_event() {
        String coupleId = UUID.randomUUID().toString();
        String body = "{\"coupleId\":\"" + coupleId + "\",\"timezone\":\"Asia/Tokyo\"}";

        var first = api.post("/api/couples", token(alice), body);
        var retried = api.post("/api/couples", token(alice), body);

        assertThat(List.of(first, retried)).allSatisfy(response -> {
            assertThat(response.status()).isEqualTo(201);
            assertThat(response.text("coupleId")).isEqualTo(coupleId);
        });
        assertThat(eventsOf(coupleId)).isEqualTo(1);
    }

    @Test
    void the_same_id_with_another_body_or_from_another_user_is_an_id_conflict() {
        String coupleId = UUID.randomUUID().toString();
        api.post("/api/couples", token(alice), "{\"coupleId\":\"" + coupleId + "\",\"timezone\":\"Asia/Tokyo\"}");

        var otherBody = api.post("/api/couples", token(alice), "{\"coupleId\":\"" + coupleId + "\",\"timezone\":\"Europe/Paris\"}");
        var otherUser = api.post("/api/couples", token(carol), "{\"coupleId\":\"" + coupleId + "\",\"timezone\":\"Asia/Tokyo\"}");

        assertThat(List.of(otherBody, otherUser)).allSatisfy(response -> {
            assertThat(response.status()).isEqualTo(409);
            assertThat(response.problemType()).isEqualTo("id-conflict");
        });
        assertThat(eventsOf(coupleId)).isEqualTo(1);
        assertThat(memberships(carol)).isZero();
    }

    @Test
    void keyed_retries_of_an_open_invite_get_the_same_code_and_expiry_and_one_partner_invited() {
        String coupleId = startCouple(alice);

        var first = invite(alice, coupleId, "invite-bob-1");
        var retries = List.of(invite(alice, coupleId, "invite-bob-1"), invite(alice, coupleId, "invite-bob-1"));

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(retries).allSatisfy(retry -> {
            assertThat(retry.status()).as(retry.body()).isEqualTo(201);
            assertThat(retry.text("code")).isEqualTo(first.text("code"));
            assertThat(retry.text("expiresAt")).isEqualTo(first.text("expiresAt"));
        });
        assertThat(partnerInvited(coupleId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM couple_invite WHERE code_hash = ?", Long.class,
                new InviteCode(first.text("code")).hash())).isEqualTo(1);
        var joined = api.post("/api/invites/" + first.text("code") + "/accept", token(bob), "{}");
        assertThat(joined.status()).as(joined.body()).isEqualTo(200);
    }

    @Test
    void a_key_reused_after_its_invite_was_used_or_replaced_is_an_id_conflict() {
        String used = startCouple(alice);
        String code = invite(alice, used, "k-used").text("code");
        assertThat(api.post("/api/invites/" + code + "/accept", token(bob), "{}").status()).isEqualTo(200);
        String replaced = startCouple(carol);
        invite(carol, replaced, "k-replaced");
        invite(carol, replaced, "k-newer");
        long before = storedEvents();

        var afterUse = invite(alice, used, "k-used");
        var afterReplacement = invite(carol, replaced, "k-replaced");

        for (ApiResponse conflict : List.of(afterUse, afterReplacement)) {
            assertThat(conflict.status()).as(conflict.body()).isEqualTo(409);
            assertThat(conflict.contentType()).startsWith("application/problem+json");
            assertThat(conflict.problemType()).isEqualTo("id-conflict");
        }
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void the_same_key_in_another_couple_or_from_another_partner_is_another_invite() {
        String one = startCouple(alice);
        String other = startCouple(carol);

        String code = invite(alice, one, "same-key").text("code");

        assertThat(invite(carol, other, "same-key").text("code")).isNotEqualTo(code);
    }

    @Test
    void an_idempotency_key_outside_the_one_format_is_a_400_naming_the_header() {
        String coupleId = startCouple(alice);
        long before = storedEvents();

        for (String key : List.of("two words", "k".repeat(129), "tab\there")) {
            var rejected = invite(alice, coupleId, key);
            assertThat(rejected.status()).as(rejected.body()).isEqualTo(400);
            assertThat(rejected.problemType()).isEqualTo("invalid-request");
            assertThat(rejected.json().path("errors").get(0).path("field").asString()).isEqualTo("Idempotency-Key");
        }
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void another_journal_instance_with_the_same_secret_derives_the_same_code_from_the_same_key() {
        String coupleId = UUID.randomUUID().toString();
        String start = "{\"coupleId\":\"" + coupleId + "\",\"timezone\":\"UTC\"}";
        assertThat(api.post("/api/couples", token(alice), start).status()).isEqualTo(201);
        String here = invite(alice, coupleId, "across-instances").text("code");

        // Its own databases: all the two instances share is the secret (and the broker, which the journal only writes to).
        try (ConfigurableApplicationContext replica = new SpringApplicationBuilder(JournalApplication.class).run(replicaArguments())) {
            ApiClient there = ApiClient.onPort(replica.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
            assertThat(there.post("/api/couples", token(alice), start).status()).isEqualTo(201);
            var invited = there.send("POST", "/api/couples/" + coupleId + "/invites", withKey(alice, "across-instances"), null);

            assertThat(invited.status()).as(invited.body()).isEqualTo(201);
            assertThat(invited.text("code")).isEqualTo(here);
        }
    }

    // As arguments: they win over the service's application.yml, as the test's dynamic properties do.
    private String[] replicaArguments() {
        List<String> arguments = new ArrayList<>();
        HearthTestInfrastructure.register((name, value) -> arguments.add("--" + name + "=" + value.get()), "journal-service");
        arguments.add("--server.port=0");
        arguments.add("--hearth.invites.secret=" + inviteSecret);
        return arguments.toArray(String[]::new);
    }

    private ApiResponse invite(String user, String coupleId, String key) {
        return api.send("POST", "/api/couples/" + coupleId + "/invites", withKey(user, key), null);
    }

    private static Map<String, String> withKey(String user, String key) {
        Map<String, String> headers = ApiClient.bearer(token(user));
        headers.put("Idempotency-Key", key);
        return headers;
    }

    private long partnerInvited(String coupleId) {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ? AND payloadtype = ?",
                Long.class, coupleId, "dev.hearth.journal.couple.PartnerInvited");
    }

    @Test
    void the_api_document_is_the_committed_one_and_open_without_a_token() {
        OpenApiDocuments.assertServedAsCommitted(api, "journal");
    }

    @Test
    void without_a_token_every_endpoint_is_401_problem_json() {
        String coupleId = UUID.randomUUID().toString();
        List<ApiResponse> responses = new ArrayList<>(List.of(
                api.post("/api/couples", null, "{\"timezone\":\"UTC\"}"),
                api.get("/api/couples/" + coupleId, null),
                api.post("/api/couples/" + coupleId + "/invites", null, null),
                api.post("/api/invites/AAAAAAAAAAAAAAAAAAAAAA/accept", null, "{}")));

        assertThat(responses).allSatisfy(response -> {
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.problemType()).isEqualTo("unauthenticated");
        });
    }

    @Test
    void readiness_is_the_service_databases_and_not_kafka() {
        var readiness = api.get("/actuator/health/readiness", null);
        var liveness = api.get("/actuator/health/liveness", null);

        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.text("status")).isEqualTo("UP");
        assertThat(liveness.text("status")).isEqualTo("UP");
        HealthEndpointGroup readinessGroup = healthGroups.get("readiness");
        assertThat(List.of("db", "mongo")).allSatisfy(database -> {
            assertThat(healthContributors.getContributor(database)).as(database).isNotNull();
            assertThat(readinessGroup.isMember(database)).as(database).isTrue();
        });
        assertThat(readinessGroup.isMember("kafka")).isFalse();
    }

    @Test
    void metrics_are_exposed_for_prometheus() {
        var metrics = api.send("GET", "/actuator/prometheus", Map.of("Accept", "text/plain"), null);

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
    }

    private String startCouple(String user) {
        var started = api.post("/api/couples", token(user), "{\"timezone\":\"UTC\"}");
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        return started.text("coupleId");
    }

    private String invite(String user, String coupleId) {
        var invited = api.post("/api/couples/" + coupleId + "/invites", token(user), null);
        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
        return invited.text("code");
    }

    private String formCouple(String first, String second) {
        String coupleId = startCouple(first);
        var joined = api.post("/api/invites/" + invite(first, coupleId) + "/accept", token(second), "{}");
        assertThat(joined.status()).as(joined.body()).isEqualTo(200);
        return coupleId;
    }

    private static void assertCoupleNotFound(ApiResponse response) {
        assertThat(response.status()).as(response.body()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.problemType()).isEqualTo("couple-not-found");
    }

    /** The request is refused with this status and problem type, and not one event is stored. */
    private ApiResponse refusedStoringNothing(int status, String problemType, Supplier<ApiResponse> request) {
        long eventsBefore = storedEvents();

        ApiResponse refused = request.get();

        assertThat(refused.status()).as(refused.body()).isEqualTo(status);
        assertThat(refused.problemType()).isEqualTo(problemType);
        assertThat(storedEvents()).isEqualTo(eventsBefore);
        return refused;
    }

    private long storedEvents() {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
    }

    private long eventsOf(String coupleId) {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?", Long.class, coupleId);
    }

    private long memberships(String user) {
        return jdbc.queryForObject("SELECT count(*) FROM couple_member WHERE user_id = ?", Long.class, user);
    }

    private List<ConsumerRecord<String, byte[]>> recordsOf(String coupleId, int expected) {
        return TopicReader.readUntil(bootstrapServers, COUPLES, Duration.ofSeconds(30),
                        records -> records.stream().filter(r -> coupleId.equals(r.key())).count() >= expected)
                .stream().filter(r -> coupleId.equals(r.key())).toList();
    }

    private static String user(String name) {
        return name + "-" + UUID.randomUUID();
    }

    private static @Nullable String token(@Nullable String user) {
        return user == null ? null : TestTokens.mint(user);
    }

    private static Map<String, String> headers(String user, String correlationId) {
        Map<String, String> headers = ApiClient.bearer(token(user));
        headers.put("X-Correlation-Id", correlationId);
        return headers;
    }
}
