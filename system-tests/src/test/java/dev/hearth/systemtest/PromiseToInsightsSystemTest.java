package dev.hearth.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.platform.test.ApiResponse;
import dev.hearth.systemtest.support.Eventually;
import dev.hearth.systemtest.support.Eventually.Observed;
import dev.hearth.systemtest.support.PlatformUnderTest;
import dev.hearth.systemtest.support.SystemTest;
import dev.hearth.systemtest.support.User;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import tools.jackson.databind.JsonNode;

/** The path the platform exists for: a promise goes in at the gateway, trust comes out, across Kafka. */
@SystemTest
class PromiseToInsightsSystemTest {

    /** A deadline, not an expectation: the acceptance target is 2 s, and the time taken is reported. */
    private static final Duration INSIGHT_DEADLINE = Duration.ofSeconds(30);

    @Test
    void a_promise_kept_through_the_gateway_shows_in_the_couples_trust(PlatformUnderTest hearth, TestReporter reporter) {
        // given alice and bob form a couple by invitation, and alice promises bob something
        User alice = hearth.newUser("alice");
        User bob = hearth.newUser("bob");
        ApiResponse started = hearth.gateway().post("/api/couples", alice.token(), Map.of("timezone", "Europe/Berlin"));
        assertThat(started.status()).as("%s", started).isEqualTo(201);
        String couple = "/api/couples/" + started.text("/coupleId");

        ApiResponse invited = hearth.gateway().post(couple + "/invites", alice.token(), Map.of());
        assertThat(invited.status()).as("%s", invited).isEqualTo(201);
        String code = invited.text("/code");
        assertThat(code).as("%s", invited).isNotBlank();

        ApiResponse accepted = hearth.gateway().post("/api/invites/" + code + "/accept", bob.token(), Map.of());
        assertThat(accepted.status()).as("%s", accepted).isEqualTo(200);

        ApiResponse promised = hearth.gateway().post(couple + "/promises", alice.token(),
                Map.of("promiseeId", bob.id(), "description", "Cook dinner on Friday"));
        assertThat(promised.status()).as("%s", promised).isEqualTo(201);
        String promiseId = promised.text("/promiseId");
        assertThat(promiseId).as("%s", promised).isNotBlank();

        // when bob records that it was kept
        ApiResponse kept = hearth.gateway().post(couple + "/promises/" + promiseId + "/keep", bob.token(), Map.of());
        assertThat(kept.status()).as("%s", kept).isBetween(200, 299);

        // then the couple's insights show one kept promise, alice's as promiser
        Observed<ApiResponse> insights = Eventually.await("trust 66.7 in " + couple + "/insights", INSIGHT_DEADLINE,
                () -> hearth.gateway().get(couple + "/insights", alice.token()),
                response -> response.status() == 200 && response.json().at("/trust/score").asDouble() == 66.7);
        JsonNode summary = insights.value().json();
        assertThat(summary.at("/trust/score").asDouble()).isEqualTo(66.7);
        assertThat(summary.at("/trust/evidence").asDouble()).isEqualTo(1.0);
        assertThat(summary.at("/trust/lowConfidence").asBoolean()).as("%s", insights.value()).isTrue();
        assertThat(summary.at("/trust/outcomes/kept").asLong()).as("%s", insights.value()).isEqualTo(1);
        assertThat(partnerScores(summary)).as("%s", insights.value())
                .containsEntry(alice.id(), 66.7)
                .containsEntry(bob.id(), 50.0)
                .hasSize(2);

        String keepToInsight = String.format(Locale.ROOT, "%d ms (polling every %d ms)",
                insights.after().toMillis(), Eventually.INTERVAL.toMillis());
        System.out.println("[system-test] keep -> insight: " + keepToInsight
                + "; platform start: " + hearth.startTime().toMillis() + " ms");
        reporter.publishEntry(Map.of("keep-to-insight", keepToInsight,
                "platform-start-ms", Long.toString(hearth.startTime().toMillis())));
    }

    @Test
    void a_promise_due_in_seconds_reaches_insights_as_missed(PlatformUnderTest hearth) {
        // given alice and bob, a couple, and alice's promise due in a few seconds
        User alice = hearth.newUser("alice");
        User bob = hearth.newUser("bob");
        ApiResponse started = hearth.gateway().post("/api/couples", alice.token(), Map.of("timezone", "Europe/Berlin"));
        String couple = "/api/couples/" + started.text("/coupleId");
        String code = hearth.gateway().post(couple + "/invites", alice.token(), Map.of()).text("/code");
        assertThat(hearth.gateway().post("/api/invites/" + code + "/accept", bob.token(), Map.of()).status()).isEqualTo(200);
        ApiResponse promised = hearth.gateway().post(couple + "/promises", alice.token(), Map.of("promiseeId", bob.id(),
                "description", "Water the plants", "dueAt", Instant.now().plusSeconds(5).toString()));
        assertThat(promised.status()).as("%s", promised).isEqualTo(201);
        String promiseId = promised.text("/promiseId");

        // when nobody records an outcome, its durable deadline misses it
        Observed<ApiResponse> missed = Eventually.await("promise " + promiseId + " MISSED", Duration.ofSeconds(60),
                () -> hearth.gateway().get(couple + "/promises/" + promiseId, bob.token()),
                response -> response.status() == 200 && "MISSED".equals(response.text("/status")));
        assertThat(missed.value().json().at("/history/1/type").asString()).isEqualTo("MISSED");

        // then insights count one miss: (1 + 0) / (2 + 1)
        Observed<ApiResponse> insights = Eventually.await("a miss in " + couple + "/insights", Duration.ofSeconds(60),
                () -> hearth.gateway().get(couple + "/insights", alice.token()),
                response -> response.status() == 200 && response.json().at("/trust/outcomes/missed").asLong() == 1);
        assertThat(insights.value().json().at("/trust/score").asDouble()).isEqualTo(33.3);
        System.out.println("[system-test] due -> missed in insights: " + insights.after().toMillis() + " ms after MISSED was read");
    }

    private static Map<String, Double> partnerScores(JsonNode summary) {
        Map<String, Double> scores = new HashMap<>();
        for (JsonNode partner : summary.at("/partners")) {
            scores.put(partner.at("/userId").asString(), partner.at("/trust/score").asDouble());
        }
        return scores;
    }
}
