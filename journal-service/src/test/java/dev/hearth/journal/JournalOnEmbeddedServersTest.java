package dev.hearth.journal;

import dev.hearth.journal.couple.web.CouplesIntegrationTest;
import dev.hearth.platform.test.HearthTestInfrastructure;
import org.junit.jupiter.api.Nested;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The integration suites on the servers platform-test starts in this JVM: no Docker needed. The
 * nested suites take this class's property source, so they share one Spring context.
 */
class JournalOnEmbeddedServersTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        HearthTestInfrastructure.register(registry, "journal-service");
    }

    @Nested
    class Couples extends CouplesIntegrationTest {
    }

    @Nested
    class JournalApi extends JournalApiIntegrationTest {
    }

    @Nested
    class PublishedJournalEvents extends PublishedJournalEventsIntegrationTest {
    }

    @Nested
    class JournalView extends JournalViewIntegrationTest {
    }

    @Nested
    class LeavingAndErasure extends LeavingAndErasureIntegrationTest {
    }
}
