package dev.hearth.journal;

import dev.hearth.platform.test.MongoCommands;
import dev.hearth.platform.test.RecordMongoCommands;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole service on real infrastructure (Kafka broker, PostgreSQL, MongoDB): the one Spring
 * configuration every integration suite of journal-service shares, so that the runners
 * ({@link JournalOnEmbeddedServersTest}, {@link JournalOnContainersTest}) start one context each.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(RecordMongoCommands.class)
public abstract class JournalServiceTest {

    /** Every command the service sends to MongoDB, for the constant-cost rules. */
    @Autowired
    protected MongoCommands mongo;
}
