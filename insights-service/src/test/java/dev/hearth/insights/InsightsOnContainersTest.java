package dev.hearth.insights;

import dev.hearth.platform.test.ContainerInfrastructure;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * {@link InsightsIntegrationTest} on MongoDB and Kafka containers, the servers a deployment runs;
 * reported as skipped where there is no Docker.
 */
@Testcontainers(disabledWithoutDocker = true)
class InsightsOnContainersTest extends PracticesIntegrationTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ContainerInfrastructure.register(registry, "insights-service");
    }
}
