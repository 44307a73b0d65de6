package dev.hearth.journal.couple.web;

import dev.hearth.platform.test.ContainerInfrastructure;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * {@link CouplesIntegrationTest} on PostgreSQL 18, MongoDB and Kafka containers, the servers a
 * deployment runs; reported as skipped where there is no Docker.
 */
@Testcontainers(disabledWithoutDocker = true)
class CouplesOnContainersTest extends CouplesIntegrationTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ContainerInfrastructure.register(registry, "journal-service");
    }
}
