package dev.hearth.systemtest.owasp;

import dev.hearth.launcher.Component;
import dev.hearth.platform.test.ApiClient;
import dev.hearth.platform.test.ApiResponse;
import dev.hearth.systemtest.support.PlatformUnderTest;
import dev.hearth.systemtest.support.SystemTest;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * API8, security misconfiguration: the gateway's public port serves health and nothing else of the
 * actuator, each service health and prometheus; every answer carries the security headers; TRACE is
 * a 405; and no error, however provoked, holds an exception, a stack frame, a class name, SQL or
 * Mongo text (checked on every answer of the suite by {@link Ledger}).
 */
@SystemTest
class Api8SecurityMisconfigurationSystemTest {

    private static final List<String> ACTUATOR = List.of("", "/env", "/beans", "/configprops", "/mappings", "/metrics",
            "/loggers", "/heapdump", "/threaddump", "/info", "/conditions", "/scheduledtasks", "/shutdown", "/caches",
            "/health/../env", "/startup", "/sbom");

    @Test
    void the_gateway_serves_only_health_and_the_services_only_health_and_prometheus(PlatformUnderTest hearth,
            TestReporter reporter) {
        Ledger ledger = new Ledger("API8 exposed endpoints");
        ApiClient gateway = hearth.gateway();
        ledger.expect(ledger.send(gateway, "GET", "/actuator/health", (String) null, null), answer -> answer.status() == 200,
                "the gateway's health");
        String member = hearth.newUser("member").token();
        for (String endpoint : concat(ACTUATOR, List.of("/prometheus"))) {
            ledger.expect(ledger.send(gateway, "GET", "/actuator" + endpoint, (String) null, null),
                    answer -> answer.status() >= 400, "the gateway's /actuator" + endpoint + " without a token: expected a refusal");
            ledger.expect(ledger.send(gateway, "GET", "/actuator" + endpoint, member, null),
                    answer -> answer.status() == 404 || answer.status() == 400,
                    "the gateway's /actuator" + endpoint + " with a token: expected 404 (400 for a dot segment)");
        }
        for (String routed : List.of("/api/couples/actuator/env", "/api/couples/x/promises/actuator/prometheus",
                "/api/couples/x/insights/actuator/health")) {
            ledger.expect(ledger.send(gateway, "GET", routed, (String) null, null), answer -> answer.status() >= 400,
                    routed + ": a service's actuator through the gateway");
        }
        for (Component service : List.of(Component.JOURNAL, Component.COMMITMENT, Component.INSIGHTS)) {
            ApiClient direct = hearth.service(service);
            for (String open : List.of("/actuator/health", "/actuator/prometheus")) {
                ledger.expect(ledger.send(direct, "GET", open, (String) null, null), answer -> answer.status() == 200,
                        service + " " + open);
            }
            for (String endpoint : ACTUATOR) {
                ledger.expect(ledger.send(direct, "GET", "/actuator" + endpoint, (String) null, null),
                        answer -> answer.status() >= 400, service + " /actuator" + endpoint + ": expected a refusal");
            }
        }
        ledger.assertNothingWrong(reporter, "");
    }

    @Test
    void answers_carry_the_security_headers_trace_is_405_and_errors_show_nothing_inside(PlatformUnderTest hearth,
            TestReporter reporter) {
        OwaspFixtures fixtures = OwaspFixtures.of(hearth);
        Ledger ledger = new Ledger("API8 headers and errors");
        String alice = fixtures.partner().token();
        String couple = fixtures.couple().path();
        for (ApiClient door : List.of(hearth.gateway(), hearth.service(Component.JOURNAL), hearth.service(Component.COMMITMENT),
                hearth.service(Component.INSIGHTS))) {
            for (String path : List.of(couple, couple + "/promises", couple + "/insights", "/api/couples/" + fixtures.others().coupleId())) {
                ApiResponse answer = ledger.send(door, "GET", path, alice, null);
                if (answer.status() == 404 && path.startsWith(couple)) {
                    continue; // another service's path at this port
                }
                ledger.expect(answer, Api8SecurityMisconfigurationSystemTest::hasSecurityHeaders, "GET " + path + ": security headers");
            }
            ledger.expect(ledger.send(door, "TRACE", couple, alice, null), answer -> answer.status() == 405, "TRACE");
            // Errors provoked every way a client can, none showing anything of the server's insides.
            ledger.send(door, "GET", "/api/couples/not-a-uuid", alice, null);
            ledger.send(door, "GET", "/api/couples/" + "x".repeat(6000), alice, null);
            ledger.send(door, "GET", couple + "/entries/%00", alice, null);
            ledger.send(door, "GET", couple + "/entries?limit=%27%20OR%201=1--", alice, null);
            ledger.send(door, "GET", "/api/couples/%27%3B%20DROP%20TABLE%20couple_member--/promises", alice, null);
            ledger.send(door, "GET", "/api/couples/%7B%22%24ne%22%3A1%7D/insights", alice, null);
            ledger.send(door, "PUT", couple, alice, "{}");
            ledger.send(door, "DELETE", couple + "/promises", alice, null);
            ledger.send(door, "POST", couple + "/entries", Map.of("Authorization", "Bearer " + alice, "Content-Type", "text/plain"),
                    HttpRequest.BodyPublishers.ofString("hello"));
            ledger.send(door, "POST", couple + "/entries", Map.of("Authorization", "Bearer " + alice, "Content-Type",
                    "application/json; charset=ebcdic"), HttpRequest.BodyPublishers.ofString("{}"));
            ledger.send(door, "GET", couple, Map.of("Authorization", "Bearer " + alice, "Accept", "text/html"), null);
            ledger.send(door, "GET", couple, Map.of("Authorization", "Basic YWRtaW46YWRtaW4="), null);
            ledger.send(door, "GET", couple, Map.of("Authorization", "Bearer " + "a".repeat(9000)), null);
            ledger.send(door, "POST", couple + "/promises", alice, "{\"promiseeId\":\"x\",\"description\":\"\\ud800\"");
        }
        ledger.assertNothingWrong(reporter, "");
    }

    private static boolean hasSecurityHeaders(ApiResponse answer) {
        return answer.header("X-Content-Type-Options").orElse("").equals("nosniff")
                && answer.header("X-Frame-Options").orElse("").equals("DENY")
                && answer.header("Cache-Control").orElse("").contains("no-store")
                && answer.header("Referrer-Policy").orElse("").equals("no-referrer")
                && answer.header("Content-Security-Policy").orElse("").contains("default-src 'none'");
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
