package dev.hearth.journal;

import dev.hearth.journal.couple.web.CouplesIntegrationTest;
import dev.hearth.platform.test.ContainerInfrastructure;
import org.junit.jupiter.api.Nested;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The integration suites on PostgreSQL 18, MongoDB and Kafka containers, the servers a deployment
 * runs, sharing one Spring context. Each suite is disabled where there is no Docker, so every one of
 * its tests is reported as skipped.
 */
class JournalOnContainersTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ContainerInfrastructure.register(registry, "journal-service");
    }

    @Nested
    @Testcontainers(disabledWithoutDocker = true)
    class Couples extends CouplesIntegrationTest {
    }

    @Nested
    @Testcontainers(disabledWithoutDocker = true)
    class JournalApi extends JournalApiIntegrationTest {
    }

    @Nested
    @Testcontainers(disabledWithoutDocker = true)
    class PublishedJournalEvents extends PublishedJournalEventsIntegrationTest {
    }

    @Nested
    @Testcontainers(disabledWithoutDocker = true)
    class JournalView extends JournalViewIntegrationTest {
    }

    @Nested
    @Testcontainers(disabledWithoutDocker = true)
    class LeavingAndErasure extends LeavingAndErasureIntegrationTest {
    }
}
