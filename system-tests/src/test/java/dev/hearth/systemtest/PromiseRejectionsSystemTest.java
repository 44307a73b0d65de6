package dev.hearth.systemtest;

import static dev.hearth.systemtest.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.platform.test.ApiResponse;
import dev.hearth.systemtest.support.Couples;
import dev.hearth.systemtest.support.Couples.FormedCouple;
import dev.hearth.systemtest.support.Eventually;
import dev.hearth.systemtest.support.PlatformUnderTest;
import dev.hearth.systemtest.support.SystemTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Rejections travel back through the gateway as the catalogue's problem details. */
@SystemTest
class PromiseRejectionsSystemTest {

    @Test
    void keeping_an_already_kept_promise_is_409_promise_closed(PlatformUnderTest hearth) {
        // given a promise that was kept
        FormedCouple couple = Couples.form(hearth, "alice", "bob");
        String promiseId = Couples.promise(hearth, couple, couple.first(), "Cook dinner on Friday");
        ApiResponse kept = hearth.gateway().post(couple.path() + "/promises/" + promiseId + "/keep",
                couple.second().token(), Map.of());
        assertThat(kept.status()).as("%s", kept).isBetween(200, 299);

        // when it is kept again
        ApiResponse again = hearth.gateway().post(couple.path() + "/promises/" + promiseId + "/keep",
                couple.second().token(), Map.of());

        // then
        assertProblem(again, 409, "promise-closed");
    }

    @Test
    void a_promise_without_a_description_is_400_naming_description_and_changes_nothing(PlatformUnderTest hearth) {
        // given
        FormedCouple couple = Couples.form(hearth, "alice", "bob");

        // when alice leaves the description out
        ApiResponse rejected = hearth.gateway().post(couple.path() + "/promises", couple.first().token(),
                Map.of("promiseeId", couple.second().id()));

        // then the field is named
        assertProblem(rejected, 400, "invalid-request");
        assertThat(rejected.text("/detail")).as("%s", rejected).contains("description");
        List<String> fields = new ArrayList<>();
        rejected.json().at("/errors").forEach(error -> fields.add(error.at("/field").asString()));
        assertThat(fields).as("%s", rejected).contains("description");

        // and nothing was made: a valid promise after it is the couple's only one
        String promiseId = Couples.promise(hearth, couple, couple.first(), "Cook dinner on Friday");
        ApiResponse list = Eventually.await("the new promise in the list", Duration.ofSeconds(10),
                () -> hearth.gateway().get(couple.path() + "/promises", couple.first().token()),
                response -> response.status() == 200 && response.json().at("/items").size() > 0).value();
        JsonNode items = list.json().at("/items");
        assertThat(items.size()).as("%s", list).isEqualTo(1);
        assertThat(items.get(0).at("/promiseId").asString()).as("%s", list).isEqualTo(promiseId);
    }
}
