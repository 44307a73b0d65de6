package dev.hearth.platform.axon.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import dev.hearth.platform.axon.AxonTestDatabases;
import dev.hearth.platform.axon.tally.CountOne;
import dev.hearth.platform.axon.tally.OneCounted;
import dev.hearth.platform.axon.tally.OpenTally;
import dev.hearth.platform.axon.tally.Tally;
import dev.hearth.platform.axon.tally.TallyOpened;
import dev.hearth.platform.mongo.ViewCollection;
import dev.hearth.platform.mongo.ViewLayouts;
import dev.hearth.platform.test.MongoCommands;
import dev.hearth.platform.test.RecordMongoCommands;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** An Axon-fed view against a real PostgreSQL and the Mongo wire server: batches, dead letters, replay, readiness. */
@SpringBootTest(classes = TallyViewTest.ViewApp.class)
@Import(RecordMongoCommands.class)
class TallyViewTest {

    static final String DATABASE = "tally_view_test";
    private static final Duration WITHIN = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        AxonTestDatabases.register(registry, "platform_axon_view", DATABASE);
    }

    @Autowired CommandGateway commands;
    @Autowired TallyCounts view;
    @Autowired EventProcessingConfiguration processing;
    @Autowired JdbcTemplate jdbc;
    @Autowired MeterRegistry meters;
    @Autowired HealthIndicator viewsHealthIndicator;
    @Autowired MongoCommands mongo;

    @Test
    void each_tally_is_one_document_written_by_id_alone_in_relaxed_transactions() {
        String couple = UUID.randomUUID().toString();
        String tally = open(couple);
        mongo.clear();

        commands.sendAndWait(new CountOne(tally));
        commands.sendAndWait(new CountOne(tally));

        assertThat(awaitCount(tally, 2).getString("coupleId")).isEqualTo(couple);
        assertThat(mongo.notById(DATABASE)).isEmpty();
        assertThat(view.synchronousCommit).containsValue("off");
    }

    @Test
    void an_event_the_view_cannot_apply_is_parked_with_its_couple_and_the_view_goes_on_for_the_others() {
        String poisoned = TallyCounts.POISON + UUID.randomUUID();
        String healthy = UUID.randomUUID().toString();
        String parkedTally = open(poisoned);
        String otherTally = open(healthy);
        double parkedBefore = parkedCount();

        commands.sendAndWait(new CountOne(parkedTally));
        commands.sendAndWait(new CountOne(parkedTally));
        commands.sendAndWait(new CountOne(otherTally));

        awaitCount(otherTally, 1);
        await().atMost(WITHIN).until(() -> parked(poisoned) == 2);
        assertThat(parkedCount()).isEqualTo(parkedBefore + 1);
        assertThat(count(parkedTally)).isZero();

        // The cause is fixed: the parked events are applied, in order.
        TallyCounts.refuse = false;
        try {
            await().atMost(WITHIN).until(() -> processing.sequencedDeadLetterProcessor(TallyCounts.VIEW.processingGroup())
                    .orElseThrow().processAny());
            await().atMost(WITHIN).until(() -> count(parkedTally) == 2);
            assertThat(parked(poisoned)).isZero();
        } finally {
            TallyCounts.refuse = true;
        }
    }

    @Test
    void the_views_health_component_is_up_once_the_processor_caught_up() {
        open(UUID.randomUUID().toString());

        await().atMost(WITHIN).until(() -> viewsHealthIndicator.health().getStatus().equals(Status.UP));
        assertThat(viewsHealthIndicator.health().getDetails()).containsEntry(TallyCounts.VIEW.processingGroup(), "caught up");
    }

    private String open(String couple) {
        String tally = UUID.randomUUID().toString();
        commands.sendAndWait(new OpenTally(tally, couple));
        return tally;
    }

    private Document awaitCount(String tally, int count) {
        await().atMost(WITHIN).until(() -> count(tally) >= count);
        return view.collection.find(tally).orElseThrow();
    }

    private int count(String tally) {
        return view.collection.find(tally).map(document -> document.getInteger("count")).orElse(0);
    }

    private int parked(String couple) {
        Integer rows = jdbc.queryForObject("SELECT count(*) FROM deadletterentry WHERE processinggroup = ? AND sequenceidentifier = ?",
                Integer.class, TallyCounts.VIEW.processingGroup(), couple);
        return rows == null ? 0 : rows;
    }

    private double parkedCount() {
        var counter = meters.find("hearth.view.dead.letters").tag("view", TallyCounts.VIEW.name()).counter();
        return counter == null ? 0 : counter.count();
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @ComponentScan(basePackageClasses = Tally.class)
    static class ViewApp {

        @Bean
        AxonView tallyCountsView() {
            return TallyCounts.VIEW;
        }

        @Bean
        TallyCounts tallyCounts(@Qualifier("readModelDatabase") MongoDatabase database, JdbcTemplate jdbc) {
            return new TallyCounts(database, jdbc);
        }
    }

    /** How far each tally counted; refuses the counts of a couple named poison…, like an event with a bad fact. */
    @ProcessingGroup("tally-counts-v1")
    static class TallyCounts {

        static final AxonView VIEW = new AxonView("tally-counts", 1);
        static final String POISON = "poison-";
        static volatile boolean refuse = true;

        final ViewCollection collection;
        final Map<String, String> synchronousCommit = new ConcurrentHashMap<>();
        private final JdbcTemplate jdbc;

        TallyCounts(MongoDatabase database, JdbcTemplate jdbc) {
            this.collection = ViewLayouts.prepare(database, "tallies", VIEW.version(), true);
            this.jdbc = jdbc;
        }

        @EventHandler
        void on(TallyOpened event) {
            synchronousCommit.put(event.tallyId(), jdbc.queryForObject("SHOW synchronous_commit", String.class));
            ViewBatch batch = ViewBatch.of(collection);
            batch.put(new Document("_id", event.tallyId()).append("coupleId", event.coupleId()).append("count", 0));
        }

        @EventHandler
        void on(OneCounted event) {
            if (refuse && event.coupleId().startsWith(POISON)) {
                throw new IllegalArgumentException("this count cannot be applied");
            }
            ViewBatch batch = ViewBatch.of(collection);
            Document tally = batch.find(event.tallyId()).orElseThrow();
            batch.put(new Document(tally).append("count", Math.max(tally.getInteger("count"), event.total())));
        }
    }
}
