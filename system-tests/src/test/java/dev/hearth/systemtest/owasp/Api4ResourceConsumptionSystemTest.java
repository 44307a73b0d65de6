package dev.hearth.systemtest;

import static dev.hearth.systemtest.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.platform.test.ApiClient;
import dev.hearth.platform.test.ApiResponse;
import dev.hearth.systemtest.support.Couples;
import dev.hearth.systemtest.support.Couples.FormedCouple;
import dev.hearth.systemtest.support.PlatformUnderTest;
import dev.hearth.systemtest.support.SystemTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/** The gateway's default limits against one user's flood: the flooder is slowed, the partner is not. */
@SystemTest
class RateLimitSystemTest {

    private static final int REQUESTS = 400;
    private static final int AT_A_TIME = 16;

    @Test
    void four_hundred_reads_sixteen_at_a_time_meet_429s_while_the_partner_is_served(PlatformUnderTest hearth,
            TestReporter reporter) throws Exception {
        // given alice and bob, a couple whose insights both can read
        FormedCouple couple = Couples.form(hearth, "alice", "bob");
        String insights = couple.path() + "/insights";
        ApiClient gateway = hearth.gatewayAsItAnswers();

        // when alice sends 400 reads, 16 at a time, and bob reads once in the middle
        List<ApiResponse> answers = new ArrayList<>();
        long began = System.nanoTime();
        ApiResponse bobs;
        try (ExecutorService threads = Executors.newFixedThreadPool(AT_A_TIME)) {
            List<Future<ApiResponse>> sent = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                sent.add(threads.submit(() -> gateway.get(insights, couple.first().token())));
            }
            bobs = gateway.get(insights, couple.second().token());
            for (Future<ApiResponse> answer : sent) {
                answers.add(answer.get());
            }
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        ApiResponse health = gateway.get("/actuator/health");

        // then some of alice's reads were refused, each saying when to come back; bob and the probes were not
        List<ApiResponse> refused = answers.stream().filter(answer -> answer.status() == 429).toList();
        assertThat(refused).isNotEmpty();
        assertProblem(refused.get(0), 429, "rate-limited");
        assertThat(refused).allSatisfy(answer -> assertThat(answer.header("Retry-After")).hasValueSatisfying(
                value -> assertThat(Long.parseLong(value)).isGreaterThanOrEqualTo(1)));
        assertThat(answers).extracting(ApiResponse::status).isSubsetOf(200, 404, 429);
        assertThat(bobs.status()).as("%s", bobs).isNotEqualTo(429);
        assertThat(health.status()).isEqualTo(200);

        String burst = String.format(Locale.ROOT, "%d of %d refused (429) in %.2f s, %.0f GETs/s",
                refused.size(), REQUESTS, seconds, REQUESTS / seconds);
        System.out.println("[system-test] rate limit burst: " + burst);
        reporter.publishEntry(Map.of("rate-limit-burst", burst));
    }
}
