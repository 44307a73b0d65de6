package dev.hearth.systemtest.owasp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.platform.test.openapi.ApiOperation;
import dev.hearth.systemtest.owasp.HostileBodies.Body;
import dev.hearth.systemtest.owasp.HostileBodies.Expect;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generator alone, on the committed documents: no platform needed. */
class HostileBodiesTest {

    private static final String PARTNER = "bob-1";

    @Test
    void a_seed_gives_the_same_bodies_again_and_another_seed_other_ones() {
        for (ApiOperation operation : Operations.withBodies()) {
            List<String> first = shown(HostileBodies.of(operation, 42, PARTNER));
            List<String> again = shown(HostileBodies.of(operation, 42, PARTNER));

            assertThat(again).as("%s", operation).isEqualTo(first);
        }
        ApiOperation entries = Operations.withBodies().stream().filter(operation -> operation.path().endsWith("/entries"))
                .findFirst().orElseThrow();
        assertThat(shown(HostileBodies.of(entries, 43, PARTNER))).isNotEqualTo(shown(HostileBodies.of(entries, 42, PARTNER)));
    }

    @Test
    void every_operation_with_a_body_gets_a_valid_one_first_violations_and_at_most_thirty() {
        assertThat(Operations.withBodies()).isNotEmpty().allSatisfy(operation -> {
            List<Body> bodies = HostileBodies.of(operation, 7, PARTNER);
            assertThat(bodies).hasSizeLessThanOrEqualTo(HostileBodies.PER_OPERATION);
            assertThat(bodies.get(0).expect()).isEqualTo(Expect.VALID);
            assertThat(bodies).anyMatch(body -> body.expect() == Expect.INVALID);
        });
    }

    /** The bodies as sent, but with times (relative to now) masked: only they may differ between two calls. */
    private static List<String> shown(List<Body> bodies) {
        return bodies.stream().map(body -> body.toString().replaceAll("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z", "<now+>"))
                .toList();
    }
}
