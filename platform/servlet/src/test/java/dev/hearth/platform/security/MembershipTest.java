package dev.hearth.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.hearth.platform.problem.ProblemType;
import dev.hearth.platform.problem.Rejection;
import dev.hearth.platform.test.ApiClient;
import dev.hearth.platform.test.ApiResponse;
import dev.hearth.platform.test.TestTokens;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Everything under {@code /api/couples/{coupleId}} is for the couple's partners, checked before the body is read. */
@SpringBootTest(classes = {SecuredTestApplication.class, MembershipTest.CoupleNotes.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hearth.membership.wait=600ms")
class MembershipTest {

    static final Set<String> MEMBERS = ConcurrentHashMap.newKeySet();
    private static final Duration WAIT = Duration.ofMillis(600);

    @DynamicPropertySource
    static void trustTheTestKey(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", TestTokens::publicKeyLocation);
    }

    @LocalServerPort
    int port;

    String couple = UUID.randomUUID().toString();
    String alice = "alice-" + UUID.randomUUID();
    ApiClient http;

    @BeforeEach
    void aliceInHerCouple() {
        MEMBERS.add(couple + "|" + alice);
        http = ApiClient.onPort(port);
    }

    @Test
    void a_partner_reaches_the_handler_as_the_caller() {
        ApiResponse reply = http.post(notes(couple), TestTokens.mint(alice), "{\"text\":\"hello\"}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.text("by")).isEqualTo(alice);
        assertThat(reply.text("coupleId")).isEqualTo(couple);
    }

    @Test
    void a_partners_malformed_json_is_a_400() {
        ApiResponse reply = http.post(notes(couple), TestTokens.mint(alice), "{\"text\":");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.problemType()).isEqualTo("invalid-request");
    }

    @Test
    void an_outsiders_malformed_json_is_a_404_couple_not_found_as_the_body_is_never_read() {
        ApiResponse reply = http.post(notes(couple), TestTokens.mint("carol"), "{\"text\":");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
        assertThat(reply.problemType()).isEqualTo("couple-not-found");
    }

    @Test
    void an_outsiders_invalid_body_is_a_404_too_and_the_couple_itself_is_guarded() {
        ApiResponse invalid = http.post(notes(couple), TestTokens.mint("carol"), "{\"text\":\"\"}");
        ApiResponse read = http.get("/api/couples/" + couple, TestTokens.mint("carol"));

        assertThat(invalid.problemType()).as(invalid.toString()).isEqualTo("couple-not-found");
        assertThat(read.problemType()).as(read.toString()).isEqualTo("couple-not-found");
        assertThat(http.get("/api/couples/" + couple, TestTokens.mint(alice)).status()).isEqualTo(200);
    }

    @Test
    void an_unknown_couple_and_someone_elses_get_the_same_answer_after_the_bounded_wait() {
        long started = System.nanoTime();
        ApiResponse someoneElses = http.get("/api/couples/" + couple, TestTokens.mint("carol"));
        ApiResponse unknown = http.get("/api/couples/" + UUID.randomUUID(), TestTokens.mint("carol"));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(WAIT.multipliedBy(2));
        assertThat(someoneElses.status()).isEqualTo(404);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text("title")).isEqualTo(someoneElses.text("title"));
    }

    @Test
    void a_couple_id_that_is_no_uuid_is_not_found_at_once() {
        long started = System.nanoTime();
        ApiResponse reply = http.post(notes("couple-1"), TestTokens.mint(alice), "{\"text\":\"hello\"}");

        assertThat(reply.problemType()).as(reply.toString()).isEqualTo("couple-not-found");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(WAIT);
    }

    @Test
    void a_couple_id_in_upper_case_is_the_same_couple() {
        ApiResponse reply = http.post(notes(couple.toUpperCase()), TestTokens.mint(alice), "{\"text\":\"hello\"}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    @Test
    void a_partner_who_joined_a_moment_ago_is_waited_for() throws Exception {
        String bob = "bob-" + UUID.randomUUID();
        var executor = Executors.newSingleThreadScheduledExecutor();
        try {
            executor.schedule(() -> MEMBERS.add(couple + "|" + bob), 200, TimeUnit.MILLISECONDS);

            ApiResponse reply = http.post(notes(couple), TestTokens.mint(bob), "{\"text\":\"hi\"}");

            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void facts_that_cannot_lag_are_not_waited_for() {
        MembershipFacts sourceOfTruth = new MembershipFacts() {
            @Override
            public boolean isMember(String coupleId, String userId) {
                return false;
            }

            @Override
            public boolean mayLag() {
                return false;
            }
        };
        Memberships memberships = new Memberships(sourceOfTruth, Duration.ofSeconds(10));
        long started = System.nanoTime();

        Rejection rejection = catchThrowableOfType(Rejection.class,
                () -> memberships.requireMember(UUID.randomUUID().toString(), "carol"));

        assertThat(rejection.type()).isEqualTo(ProblemType.COUPLE_NOT_FOUND);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void the_check_answers_the_canonical_couple_id() {
        Memberships memberships = new Memberships((coupleId, userId) -> MEMBERS.contains(coupleId + "|" + userId),
                Duration.ZERO);

        assertThat(memberships.requireMember(couple.toUpperCase(), alice)).isEqualTo(couple);
        assertThat(CompletableFuture.supplyAsync(() -> memberships.awaitMember(couple, "carol")).join()).isFalse();
    }

    private static String notes(String coupleId) {
        return "/api/couples/" + coupleId + "/notes";
    }

    record Note(@NotBlank String text) {
    }

    @Configuration(proxyBeanMethods = false)
    @Import(CoupleNotes.Notes.class)
    static class CoupleNotes {

        @Bean
        MembershipFacts membershipFacts() {
            return (coupleId, userId) -> MEMBERS.contains(coupleId + "|" + userId);
        }

        @RestController
        static class Notes {

            @GetMapping("/api/couples/{coupleId}")
            Map<String, String> couple(@PathVariable String coupleId) {
                return Map.of("coupleId", coupleId);
            }

            @PostMapping("/api/couples/{coupleId}/notes")
            Map<String, String> write(@PathVariable String coupleId, @Valid @RequestBody Note note, Caller caller) {
                return Map.of("coupleId", coupleId, "by", caller.userId(), "text", note.text());
            }
        }
    }
}
