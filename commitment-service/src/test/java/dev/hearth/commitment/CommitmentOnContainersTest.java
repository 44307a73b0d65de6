package dev.hearth.commitment;

import dev.hearth.platform.test.ContainerInfrastructure;
import org.junit.jupiter.api.Nested;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The integration suites on PostgreSQL 18, MongoDB and Kafka containers, the servers a deployment
 * runs. The nested suites share one Spring context, so one membership consumer owns every
 * partition of the couples topic. Each suite, not this class, is disabled where there is no
 * Docker, so that every one of its tests is reported as skipped.
 */
class CommitmentOnContainersTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ContainerInfrastructure.register(registry, "commitment-service");
    }

    @Nested
    @Testcontainers(disabledWithoutDocker = true)
    class PromiseApi extends PromiseApiIntegrationTest {
    }

    @Nested
    @Testcontainers(disabledWithoutDocker = true)
    class Membership extends MembershipIntegrationTest {
    }

    @Nested
    @Testcontainers(disabledWithoutDocker = true)
    class PublishedPromiseEvents extends PublishedPromiseEventsIntegrationTest {
    }

    @Nested
    @Testcontainers(disabledWithoutDocker = true)
    class PlatformWiring extends PlatformWiringIntegrationTest {
    }

    @Nested
    @Testcontainers(disabledWithoutDocker = true)
    class Observability extends ObservabilityIntegrationTest {
    }

    @Nested
    @Testcontainers(disabledWithoutDocker = true)
    class PromiseListView extends PromiseListViewIntegrationTest {
    }

    @Nested
    @Testcontainers(disabledWithoutDocker = true)
    class PromiseLifecycle extends PromiseLifecycleIntegrationTest {
    }

    @Nested
    @Testcontainers(disabledWithoutDocker = true)
    class CoupleEndings extends CoupleEndingsIntegrationTest {
    }

    @Nested
    @Testcontainers(disabledWithoutDocker = true)
    class CommitmentsExport extends CommitmentsExportIntegrationTest {
    }
}
