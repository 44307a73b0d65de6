package dev.hearth.systemtest.owasp;

import dev.hearth.launcher.Component;
import dev.hearth.platform.test.ApiClient;
import dev.hearth.platform.test.ApiResponse;
import dev.hearth.platform.test.openapi.ApiOperation;
import dev.hearth.systemtest.support.Footprint;
import dev.hearth.systemtest.support.PlatformUnderTest;
import dev.hearth.systemtest.support.SystemTest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * API2, broken authentication: every operation, with the body a partner would send, refuses no
 * token and every forged token (expired, not yet valid, wrong issuer, wrong audience, {@code alg:
 * none}, HS256 signed with the public key, another key, a tampered payload, a stripped signature, a
 * malformed {@code sub}) with a 401 problem, through the gateway and at each service's own port;
 * and nothing of the couple changes.
 */
@SystemTest
class Api2AuthenticationSystemTest {

    @Test
    void every_operation_refuses_no_token_and_every_forged_token(PlatformUnderTest hearth, TestReporter reporter) {
        OwaspFixtures fixtures = OwaspFixtures.of(hearth);
        Ledger ledger = new Ledger("API2 authentication");
        Footprint before = fixtures.settled(hearth);
        Map<String, @Nullable String> tokens = tokens(hearth, fixtures);

        for (ApiOperation operation : Operations.all()) {
            String body = operation.requestSchema() == null ? null : HostileBodies.valid(operation, fixtures.otherPartner().id());
            tokens.forEach((forgery, token) -> {
                ApiResponse answer = ledger.send(hearth.gateway(), operation.method(), fixtures.path(operation), token, body);
                ledger.expectProblem(answer, 401, "unauthenticated", operation.name() + " with " + forgery);
                if (token == null) {
                    ledger.expect(answer, refused -> refused.header("WWW-Authenticate").orElse("").startsWith("Bearer"),
                            operation.name() + " without a token: expected WWW-Authenticate: Bearer");
                }
            });
        }
        ledger.assertNothingWrong(reporter, "");
        fixtures.assertUnchanged(before, "the forged tokens", hearth);
    }

    @Test
    void each_service_refuses_them_at_its_own_port(PlatformUnderTest hearth, TestReporter reporter) {
        OwaspFixtures fixtures = OwaspFixtures.of(hearth);
        Ledger ledger = new Ledger("API2 authentication at the services' ports");
        Map<String, @Nullable String> tokens = tokens(hearth, fixtures);

        for (Component service : Component.services()) {
            if (service == Component.GATEWAY) {
                continue;
            }
            ApiClient direct = hearth.service(service);
            Operations.all().stream().filter(operation -> operation.service().equals(service.processName()))
                    .forEach(operation -> {
                        String body = operation.requestSchema() == null ? null
                                : HostileBodies.valid(operation, fixtures.otherPartner().id());
                        tokens.forEach((forgery, token) -> ledger.expectProblem(
                                ledger.send(direct, operation.method(), fixtures.path(operation), token, body), 401,
                                "unauthenticated", service + " " + operation.name() + " with " + forgery));
                    });
        }
        ledger.assertNothingWrong(reporter, "");
    }

    /** No token, then each forgery of the partner's token: only the forgery stands between it and a 2xx. */
    private static Map<String, @Nullable String> tokens(PlatformUnderTest hearth, OwaspFixtures fixtures) {
        Map<String, @Nullable String> tokens = new LinkedHashMap<>();
        tokens.put("no token", null);
        tokens.putAll(hearth.forgeries().all(fixtures.partner().id()));
        return tokens;
    }
}
