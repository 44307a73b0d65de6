package dev.hearth.systemtest.owasp;

import dev.hearth.launcher.Component;
import dev.hearth.platform.test.ApiClient;
import dev.hearth.systemtest.support.PlatformUnderTest;
import dev.hearth.systemtest.support.SystemTest;
import dev.hearth.systemtest.support.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * API5, broken function-level authorization: a member or an analyst on {@code /api/admin/**}, a
 * member on {@code /api/analytics/**}, never get a 2xx, whatever the spelling of the path (case
 * changes, a {@code ;x=1} matrix parameter, an encoded slash, a double slash, a trailing dot), at the
 * gateway and at the insights service's own port (which serves them).
 */
@SystemTest
class Api5FunctionLevelAuthorizationSystemTest {

    private static final List<String> ADMIN = List.of("/api/admin/insights/rebuild");
    private static final List<String> ANALYTICS = List.of("/api/analytics/cohorts?metric=esi");

    @Test
    void members_and_analysts_never_reach_admin_and_members_never_reach_analytics(PlatformUnderTest hearth,
            TestReporter reporter) {
        Ledger ledger = new Ledger("API5 function-level authorization");
        User member = hearth.newUser("member");
        User analyst = hearth.newUser("analyst", List.of("analyst"));
        Map<User, List<String>> forbidden = Map.of(member, spellings(ADMIN, ANALYTICS), analyst, spellings(ADMIN));
        for (ApiClient door : List.of(hearth.gateway(), hearth.service(Component.INSIGHTS))) {
            forbidden.forEach((caller, paths) -> {
                for (String path : paths) {
                    for (String method : List.of("GET", "POST")) {
                        ledger.expect(ledger.send(door, method, path, caller.token(), method.equals("POST") ? "{}" : null),
                                answer -> answer.status() >= 400, method + " " + path + " by " + caller + ": expected a refusal");
                    }
                }
            });
        }
        ledger.assertNothingWrong(reporter, "");
    }

    @SafeVarargs
    private static List<String> spellings(List<String>... groups) {
        List<String> paths = new ArrayList<>();
        for (List<String> group : groups) {
            for (String path : group) {
                String[] parts = path.split("\\?", 2);
                String query = parts.length > 1 ? "?" + parts[1] : "";
                String bare = parts[0];
                String first = bare.substring(0, bare.indexOf('/', 5));
                String rest = bare.substring(first.length());
                paths.add(path);
                paths.add(bare.toUpperCase(Locale.ROOT) + query);
                paths.add("/api" + first.substring(4).toUpperCase(Locale.ROOT) + rest + query);
                paths.add(first + ";x=1" + rest + query);
                paths.add(bare + ";x=1" + query);
                paths.add("/api%2F" + first.substring(5) + rest + query);
                paths.add(first + "%2F" + rest.substring(1) + query);
                paths.add("/" + bare + query);
                paths.add(first + "/" + rest + query);
                paths.add(first + "." + rest + query);
                paths.add(bare + "." + query);
                paths.add(bare + "/" + query);
            }
        }
        return paths;
    }
}
