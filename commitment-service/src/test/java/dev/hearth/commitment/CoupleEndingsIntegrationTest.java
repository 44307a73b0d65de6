package dev.hearth.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import tools.jackson.databind.JsonNode;
import dev.hearth.commitment.promise.PromiseMissed;
import dev.hearth.contracts.couple.PartnerLeft;
import dev.hearth.platform.test.ApiResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A couple ends: a partner leaves (their promises released without blame, the leaver 404 at once, the
 * couple read-only for whoever remains) or it is erased (tombstones: nothing comes back).
 */
abstract class CoupleEndingsIntegrationTest extends ServiceIntegrationTest {

    @Test
    void a_leave_releases_every_open_promise_by_the_leaver_and_closes_the_couple() throws Exception {
        Couple couple = couple();
        Instant dueAt = Instant.now().plusSeconds(8);
        String due = make(couple, "Water the plants", dueAt);
        String open = make(couple, couple.bob(), couple.alice(), "Call your mother", null);
        String kept = make(couple, "Book the table");
        assertThat(api.post(couple.promises() + "/" + kept + "/keep", token(couple.bob()), "{}").status()).isEqualTo(200);
        await().atMost(WITHIN).until(() -> api.get(couple.promises(), token(couple.alice())).json().path("items").size() == 3);

        couplesTopic().publish(new PartnerLeft(couple.id(), couple.bob()), 3);

        for (String promiseId : java.util.List.of(due, open)) {
            JsonNode released = await().atMost(WITHIN).until(() -> promise(couple, promiseId),
                    promise -> promise.path("status").asString().equals("RELEASED"));
            assertThat(released.path("history").get(1).path("recordedBy").asString()).isEqualTo(couple.bob());
            assertThat(pendingDeadlines(promiseId)).isZero();
        }
        assertThat(promise(couple, kept).path("status").asString()).isEqualTo("KEPT");
        assertProblem(api.get(couple.promises(), token(couple.bob())), 404, "couple-not-found");
        assertProblem(api.post(couple.promises(), token(couple.alice()),
                "{\"promiseeId\":\"%s\",\"description\":\"One more\"}".formatted(couple.bob())), 409, "couple-closed");
        assertProblem(api.post(couple.promises() + "/" + kept + "/keep", token(couple.alice()), "{}"), 409, "couple-closed");
        assertThat(api.get(couple.promises(), token(couple.alice())).status()).isEqualTo(200);

        // Past the due time (the grace is 0 s in tests) the deadline, cancelled, records no miss.
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), dueAt).toMillis()) + 1500);
        assertThat(storedEvents(due, PromiseMissed.class.getName())).isZero();
    }

    private JsonNode promise(Couple couple, String promiseId) {
        ApiResponse answer = api.get(couple.promises() + "/" + promiseId, token(couple.alice()));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }
}
