package dev.hearth.insights;

import dev.hearth.platform.test.HearthTestInfrastructure;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link InsightsIntegrationTest} on the servers platform-test starts in this JVM: no Docker needed. */
class InsightsOnEmbeddedServersTest extends InsightsIntegrationTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        HearthTestInfrastructure.register(registry, "insights-service");
    }
}
