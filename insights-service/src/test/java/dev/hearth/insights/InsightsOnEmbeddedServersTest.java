package dev.hearth.insights;

import dev.hearth.platform.test.HearthTestInfrastructure;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link InsightsIntegrationTest} on the servers platform-test starts in this JVM: no Docker needed.
 * Its context is closed when the class is done: another context of insights in this JVM would share
 * its consumer groups, and partitions split between the two would hide events from either.
 */
@DirtiesContext
class InsightsOnEmbeddedServersTest extends PracticesIntegrationTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        HearthTestInfrastructure.register(registry, "insights-service");
    }
}
