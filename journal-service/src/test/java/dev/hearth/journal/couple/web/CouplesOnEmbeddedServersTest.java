package dev.hearth.journal.couple.web;

import dev.hearth.platform.test.HearthTestInfrastructure;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link CouplesIntegrationTest} on the servers platform-test starts in this JVM: no Docker needed. */
class CouplesOnEmbeddedServersTest extends CouplesIntegrationTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        HearthTestInfrastructure.register(registry, "journal-service");
    }
}
