package dev.hearth.systemtest;

import static dev.hearth.systemtest.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.platform.test.ApiResponse;
import dev.hearth.systemtest.support.Couples;
import dev.hearth.systemtest.support.Couples.FormedCouple;
import dev.hearth.systemtest.support.Eventually;
import dev.hearth.systemtest.support.PlatformUnderTest;
import dev.hearth.systemtest.support.SystemTest;
import dev.hearth.systemtest.support.User;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Object-level authorization end to end: another couple's data is invisible, and untouchable. */
@SystemTest
class OutsiderSystemTest {

    private static final Duration INSIGHT_DEADLINE = Duration.ofSeconds(30);

    @Test
    void an_outsider_gets_couple_not_found_everywhere_and_changes_nothing(PlatformUnderTest hearth) {
        // given alice and bob with an open promise, insights that know them, and carol of another couple
        FormedCouple couple = Couples.form(hearth, "alice", "bob");
        User alice = couple.first();
        User bob = couple.second();
        String promise = couple.path() + "/promises/" + Couples.promise(hearth, couple, alice, "Cook dinner on Friday");
        JsonNode outcomesBefore = Eventually.await("insights of " + couple.path(), INSIGHT_DEADLINE,
                () -> hearth.gateway().get(couple.path() + "/insights",
                        alice.token()), response -> response.status() == 200)
                .value().json().at("/trust/outcomes");
        User carol = hearth.newUser("carol");
        ApiResponse carolsCouple = hearth.gateway().post("/api/couples", carol.token(),
                Map.of("timezone", "Europe/Paris"));
        assertThat(carolsCouple.status()).as("%s", carolsCouple).isEqualTo(201);

        // when carol reads and writes alice and bob's couple
        List<ApiResponse> answers = List.of(
                hearth.gateway().get(couple.path(), carol.token()),
                hearth.gateway().get(couple.path() + "/promises", carol.token()),
                hearth.gateway().get(promise, carol.token()),
                hearth.gateway().post(promise + "/keep", carol.token(), Map.of()),
                hearth.gateway().post(couple.path() + "/invites", carol.token(), Map.of()),
                hearth.gateway().get(couple.path() + "/insights", carol.token()));

        // then every answer is the same 404, as for a couple that does not exist
        answers.forEach(answer -> assertProblem(answer, 404, "couple-not-found"));
        ApiResponse unknown = hearth.gateway().get("/api/couples/" + UUID.randomUUID(), carol.token());
        assertProblem(unknown, 404, "couple-not-found");
        assertThat(answers.get(0).text("/title")).isEqualTo(unknown.text("/title"));

        // and nothing changed: the promise is still open, the insights count the same outcomes
        ApiResponse stillOpen = hearth.gateway().get(promise, alice.token());
        assertThat(stillOpen.status()).as("%s", stillOpen).isEqualTo(200);
        assertThat(stillOpen.text("/status")).as("%s", stillOpen).isEqualTo("OPEN");
        ApiResponse insights = hearth.gateway().get(couple.path() + "/insights", alice.token());
        assertThat(insights.json().at("/trust/outcomes")).as("%s", insights).isEqualTo(outcomesBefore);

        // and bob's own keep is the first: it succeeds, and the insights count exactly one more kept promise
        ApiResponse kept = hearth.gateway().post(promise + "/keep", bob.token(), Map.of());
        assertThat(kept.status()).as("%s", kept).isBetween(200, 299);
        long keptBefore = outcomesBefore.at("/kept").asLong();
        ApiResponse after = Eventually.await("bob's keep in the insights", INSIGHT_DEADLINE,
                () -> hearth.gateway().get(couple.path() + "/insights", alice.token()),
                response -> response.status() == 200 && response.json().at("/trust/outcomes/kept").asLong() > keptBefore)
                .value();
        JsonNode outcomesAfter = after.json().at("/trust/outcomes");
        assertThat(outcomesAfter.at("/kept").asLong()).as("%s", after).isEqualTo(keptBefore + 1);
        assertThat(outcomesAfter.at("/broken").asLong()).as("%s", after).isEqualTo(outcomesBefore.at("/broken").asLong());
        assertThat(outcomesAfter.at("/missed").asLong()).as("%s", after).isEqualTo(outcomesBefore.at("/missed").asLong());
    }
}
