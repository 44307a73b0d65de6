package dev.hearth.systemtest;

import static dev.hearth.systemtest.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.platform.test.ApiClient;
import dev.hearth.platform.test.ApiResponse;
import dev.hearth.systemtest.support.EndedCouples;
import dev.hearth.systemtest.support.Eventually;
import dev.hearth.systemtest.support.PlatformUnderTest;
import dev.hearth.systemtest.support.SystemTest;
import dev.hearth.systemtest.support.User;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * Leaving and erasing through the gateway, as a new user would (issue 11's acceptance 2 and 3), on the
 * run's one leave and one erasure ({@link EndedCouples}): 202s, then 404 {@code couple-not-found} on
 * every URL of the couple within 30 s; a second erasure is a 404 and the eraser starts a new couple;
 * the partner who remains reads the closed couple, sees the leaver's promise released with trust
 * unchanged, cannot invite (409 {@code couple-closed}), and erases it by leaving last.
 */
@SystemTest
class LeaveAndEraseSystemTest {

    private static void report(TestReporter reporter, String key, String value) {
        System.out.println("[system-test] " + key + ": " + value);
        reporter.publishEntry(key, value);
    }

    @Test
    void an_erased_couple_is_gone_for_both_partners_and_each_may_start_again(PlatformUnderTest hearth, TestReporter reporter) {
        EndedCouples ended = EndedCouples.of(hearth);
        ApiClient api = hearth.gateway();
        User bob = ended.eraser();

        assertThat(ended.erasure().status()).as("%s", ended.erasure()).isEqualTo(202);
        assertThat(ended.erasure().text("coupleId")).isEqualTo(ended.erased().coupleId());
        assertThat(ended.erasure().text("erasedAt")).isNotBlank();
        for (User partner : new User[] {bob, ended.afterErasure()}) {
            for (String url : EndedCouples.URLS) {
                assertProblem(api.get(ended.erased().path() + url, partner.token()), 404, "couple-not-found");
            }
            assertProblem(api.send("DELETE", ended.erased().path(), ApiClient.bearer(partner.token()), null), 404,
                    "couple-not-found");
        }
        ApiResponse again = api.post("/api/couples", bob.token(), Map.of("timezone", "Europe/Berlin"));
        assertThat(again.status()).as("%s", again).isEqualTo(201);
        report(reporter, "erase-to-404", ended.erasedGone().toMillis() + " ms until both partners had a 404 on every URL");
    }

    @Test
    void the_partner_who_remains_reads_the_closed_couple_cannot_invite_and_erases_it_by_leaving(PlatformUnderTest hearth,
            TestReporter reporter) {
        EndedCouples ended = EndedCouples.of(hearth);
        ApiClient api = hearth.gateway();
        String path = ended.closed().path();
        User erin = ended.remaining();

        assertThat(ended.left().status()).as("%s", ended.left()).isEqualTo(202);
        assertThat(ended.left().text("status")).isEqualTo("CLOSED");
        for (String url : EndedCouples.URLS) {
            assertProblem(api.get(path + url, ended.departed().token()), 404, "couple-not-found");
        }
        assertThat(api.get(path + "/entries", erin.token()).status()).isEqualTo(200);
        Eventually.await("dave's promise released", EndedCouples.WITHIN,
                () -> api.get(path + "/promises/" + ended.openPromiseId(), erin.token()),
                answer -> answer.text("status").equals("RELEASED"));
        ApiResponse insights = api.get(path + "/insights", erin.token());
        assertThat(insights.status()).as("%s", insights).isEqualTo(200);
        assertThat(insights.json().path("trust").toString()).as("trust after the release").isEqualTo(ended.trustBefore());
        assertProblem(api.post(path + "/invites", erin.token(), Map.of()), 409, "couple-closed");

        ApiResponse last = api.post(path + "/leave", erin.token(), null);
        assertThat(last.status()).as("%s", last).isEqualTo(202);
        assertThat(last.text("status")).isEqualTo("ERASED");
        report(reporter, "leave-to-404", ended.leftGone().toMillis() + " ms until the leaver had a 404 on every URL");
    }
}
