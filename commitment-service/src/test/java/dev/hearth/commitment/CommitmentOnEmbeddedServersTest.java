package dev.hearth.commitment;

import dev.hearth.platform.test.HearthTestInfrastructure;
import org.junit.jupiter.api.Nested;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The integration suites on the servers platform-test starts in this JVM: no Docker needed. The
 * nested suites take this class's property source, so they share one Spring context, closed when
 * they are done: another context of the service in this JVM would share its consumer groups.
 */
@DirtiesContext
class CommitmentOnEmbeddedServersTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        HearthTestInfrastructure.register(registry, "commitment-service");
    }

    @Nested
    class PromiseApi extends PromiseApiIntegrationTest {
    }

    @Nested
    class Membership extends MembershipIntegrationTest {
    }

    @Nested
    class PublishedPromiseEvents extends PublishedPromiseEventsIntegrationTest {
    }

    @Nested
    class PlatformWiring extends PlatformWiringIntegrationTest {
    }

    @Nested
    class Observability extends ObservabilityIntegrationTest {
    }

    @Nested
    class OpenApi extends OpenApiIntegrationTest {
    }

    @Nested
    class PromiseListView extends PromiseListViewIntegrationTest {
    }

    @Nested
    class PromiseLifecycle extends PromiseLifecycleIntegrationTest {
    }

    @Nested
    class CoupleEndings extends CoupleEndingsIntegrationTest {
    }

    @Nested
    class CommitmentsExport extends CommitmentsExportIntegrationTest {
    }
}
