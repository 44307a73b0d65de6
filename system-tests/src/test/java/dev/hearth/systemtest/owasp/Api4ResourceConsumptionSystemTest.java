package dev.hearth.systemtest.owasp;

import static dev.hearth.systemtest.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.launcher.Component;
import dev.hearth.platform.test.ApiClient;
import dev.hearth.platform.test.ApiResponse;
import dev.hearth.platform.test.openapi.ApiOperation;
import dev.hearth.systemtest.support.Couples;
import dev.hearth.systemtest.support.Couples.FormedCouple;
import dev.hearth.systemtest.support.PlatformUnderTest;
import dev.hearth.systemtest.support.SystemTest;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * API4, unrestricted resource consumption: bodies of 5 MB, declared or chunked, are 413s at the
 * gateway and at a service's own port; a bad {@code limit} or {@code cursor} on every list, a bad
 * date filter, a due date beyond the cap and 33 levels of nesting are 400s; and at the gateway's
 * default limits one user's flood meets 429s with {@code Retry-After} while the partner and the
 * health probe are served.
 */
@SystemTest
class Api4ResourceConsumptionSystemTest {

    private static final int REQUESTS = 400;
    private static final int AT_A_TIME = 16;
    private static final int FIVE_MB = 5 * 1024 * 1024;

    @Test
    void bodies_of_five_megabytes_declared_or_chunked_are_413_at_the_gateway_and_at_a_service(PlatformUnderTest hearth,
            TestReporter reporter) {
        OwaspFixtures fixtures = OwaspFixtures.of(hearth);
        Ledger ledger = new Ledger("API4 large bodies");
        String entries = fixtures.couple().path() + "/entries";
        Map<String, String> headers = new LinkedHashMap<>(ApiClient.bearer(fixtures.partner().token()));
        headers.put("Content-Type", "application/json");
        // An entry whose text goes on for 5 MB: a parser reading it would never stop early.
        byte[] body = ("{\"kind\":\"REFLECTION\",\"visibility\":\"SHARED\",\"text\":\"" + "x".repeat(FIVE_MB) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        for (ApiClient door : List.of(hearth.gateway(), hearth.service(Component.JOURNAL))) {
            ledger.expectProblem(ledger.send(door, "POST", entries, headers, HttpRequest.BodyPublishers.ofByteArray(body)),
                    413, "payload-too-large", door + " 5 MB declared");
            ledger.expectProblem(ledger.send(door, "POST", entries, headers, HttpRequest.BodyPublishers.ofInputStream(
                    () -> new ByteArrayInputStream(body))), 413, "payload-too-large", door + " 5 MB chunked");
        }
        ledger.assertNothingWrong(reporter, "");
    }

    @Test
    void bad_limits_cursors_dates_and_nesting_are_400s_naming_what_is_wrong(PlatformUnderTest hearth, TestReporter reporter) {
        OwaspFixtures fixtures = OwaspFixtures.of(hearth);
        Ledger ledger = new Ledger("API4 bounds");
        String alice = fixtures.partner().token();
        Map<String, List<String>> bad = Map.of(
                "limit", List.of("0", "-1", "101", "100000000000", "ten", "1e3"),
                "cursor", List.of("garbage", "%00", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "x".repeat(2000)),
                "dueAfter", List.of("yesterday", "2026-02-30T00:00:00Z"),
                "dueBefore", List.of("+999999999-12-31T23:59:59Z-", "2026-01-01"),
                "status", List.of("NOT_A_STATUS"));
        for (ApiOperation operation : Operations.all()) {
            for (String parameter : operation.queryParameters()) {
                for (String value : bad.getOrDefault(parameter, List.of())) {
                    ApiResponse answer = ledger.send(hearth.gateway(), "GET", fixtures.path(operation) + "?" + parameter + "=" + value,
                            alice, null);
                    ledger.expect(answer, right -> Ledger.isProblem(400, "invalid-request").test(right)
                                    && right.body().contains(parameter),
                            operation.name() + "?" + parameter + "=" + value + ": expected 400 naming " + parameter);
                }
            }
        }
        String promises = fixtures.couple().path() + "/promises";
        String beyond = OffsetDateTime.now(ZoneOffset.UTC).plusDays(1827).toString();
        ApiResponse late = ledger.send(hearth.gateway(), "POST", promises, alice, "{\"promiseeId\":\"" + fixtures.otherPartner().id()
                + "\",\"description\":\"in five years\",\"dueAt\":\"" + beyond + "\"}");
        ledger.expect(late, right -> Ledger.isProblem(400, "invalid-request").test(right) && right.body().contains("dueAt"),
                "a due date beyond the cap: expected 400 naming dueAt");
        String nested = "{\"promiseeId\":" + "[".repeat(33) + "]".repeat(33) + "}";
        for (ApiClient door : List.of(hearth.gateway(), hearth.service(Component.COMMITMENT))) {
            ledger.expectProblem(ledger.send(door, "POST", promises, alice, nested), 400, "invalid-request", "33 levels of nesting");
        }
        // Over-long trend ranges: the limit is named (92 days, 53 weeks, 371 days back).
        String trends = fixtures.couple().path() + "/insights/trends?metric=trust";
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Map<String, String> tooLong = Map.of(
                "&granularity=day&from=" + today.minusDays(100) + "&to=" + today, "92",
                "&granularity=week&from=" + today.minusDays(370) + "&to=" + today.plusDays(7), "53",
                "&granularity=week&from=" + today.minusDays(400) + "&to=" + today.minusDays(390), "371");
        tooLong.forEach((query, limit) -> ledger.expect(ledger.send(hearth.gateway(), "GET", trends + query, alice, null),
                right -> Ledger.isProblem(400, "invalid-request").test(right) && right.body().contains(limit),
                "trends " + query + ": expected 400 naming " + limit));
        ledger.assertNothingWrong(reporter, "");
    }

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
