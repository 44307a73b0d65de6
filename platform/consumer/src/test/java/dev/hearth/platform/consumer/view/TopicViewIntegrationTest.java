package dev.hearth.platform.consumer.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import dev.hearth.contracts.CloudEvent;
import dev.hearth.contracts.EventType;
import dev.hearth.contracts.Topic;
import dev.hearth.contracts.couple.CoupleStarted;
import dev.hearth.contracts.couple.PartnerJoined;
import dev.hearth.platform.consumer.ConsumerTestInfrastructure;
import dev.hearth.platform.consumer.DecodedEvent;
import dev.hearth.platform.mongo.Roster;
import dev.hearth.platform.mongo.ViewLayouts;
import dev.hearth.platform.mongo.ViewMetrics;
import dev.hearth.platform.test.RecordMongoCommands;
import io.micrometer.core.instrument.MeterRegistry;
import dev.hearth.platform.test.MongoCommands;
import dev.hearth.platform.test.PublicEventProducer;
import dev.hearth.platform.test.TopicReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The views' runner against a real broker and the Mongo wire server, with a tiny view: the
 * partners of each couple, and how many events built them.
 */
@SpringBootTest(classes = TopicViewIntegrationTest.ViewApp.class, properties = {
        "spring.application.name=topic-view-test",
        "hearth.consumer.retry.initial-interval=50ms",
        "hearth.consumer.retry.max-interval=500ms"})
@Import(RecordMongoCommands.class)
class TopicViewIntegrationTest {

    static final String DATABASE = "topic_view_test";
    static final String DEAD_LETTERS = Topic.COUPLES.deadLetterTopic(PartnersView.NAME + "-v1");
    private static final Duration WITHIN = Duration.ofSeconds(30);

    private static String bootstrapServers;
    private static PublicEventProducer producer;

    @Autowired
    @Qualifier("readModelDatabase")
    MongoDatabase database;
    @Autowired
    TopicViews views;
    @Autowired
    HealthIndicator viewsHealthIndicator;
    @Autowired
    MeterRegistry meters;
    @Autowired
    MongoCommands mongo;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        bootstrapServers = ConsumerTestInfrastructure.register(registry, DATABASE);
        producer = new PublicEventProducer(bootstrapServers);
    }

    @AfterAll
    static void close() {
        producer.close();
    }

    @Test
    void events_fold_into_one_document_per_couple_written_by_id_alone() {
        String couple = UUID.randomUUID().toString();
        mongo.clear();

        producer.publish(new CoupleStarted(couple, "alice", "UTC"), couple, 0);
        producer.publish(new PartnerJoined(couple, "bob"), couple, 2);

        Document partners = awaitPartners(couple, 2);
        assertThat(partners.getList("users", String.class)).containsExactly("alice", "bob");
        assertThat(partners.getInteger("events")).isEqualTo(2);
        mongo.assertEveryCommandById(DATABASE);
    }

    @Test
    void a_couple_with_a_tombstone_gets_no_document_and_loses_the_one_it_had_read_and_written_by_id_alone() {
        String couple = startedByAlice();
        mongo.clear();

        database.getCollection(PartnersView.TOMBSTONES).insertOne(Roster.tombstone(Instant.now()).append("_id", couple));
        RecordMetadata joined = producer.publish(new PartnerJoined(couple, "bob"), couple, 2);
        RecordMetadata again = producer.publish(new CoupleStarted(couple, "alice", "UTC"), couple, 7);

        await().atMost(WITHIN).until(() -> producer.consumed(PartnersView.NAME + "-v1", joined)
                && producer.consumed(PartnersView.NAME + "-v1", again));
        assertThat(partners(couple)).isNull();
        mongo.assertEveryCommandById(DATABASE);
    }

    @Test
    void a_couple_erased_while_its_poll_is_being_written_loses_what_the_poll_wrote() {
        String couple = startedByAlice();

        // The view's hook writes the tombstone after the check before the write: the check after it must see it.
        RecordMetadata joined = producer.publish(new PartnerJoined(couple, PartnersView.ERASED_MEANWHILE), couple, 2);

        await().atMost(WITHIN).until(() -> producer.consumed(PartnersView.NAME + "-v1", joined));
        assertThat(partners(couple)).isNull();
    }

    @Test
    void an_event_sent_again_under_a_new_offset_changes_nothing() {
        String couple = UUID.randomUUID().toString();
        Instant at = Instant.now();
        CoupleStarted started = new CoupleStarted(couple, "alice", "UTC");

        producer.publish(started, couple, 0, at, "event-1");
        producer.publish(started, couple, 0, at, "event-1");
        producer.publish(new PartnerJoined(couple, "bob"), couple, 2);

        Document partners = awaitPartners(couple, 2);
        assertThat(partners.getInteger("events")).isEqualTo(2);
    }

    @Test
    void a_poison_record_and_an_event_the_view_cannot_apply_are_dead_lettered_and_the_couple_goes_on() throws Exception {
        String couple = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        CoupleStarted started = new CoupleStarted(couple, "alice", "UTC");
        CloudEvent broken = new CloudEvent(UUID.randomUUID().toString(), EventType.COUPLE_STARTED.ceType(),
                "/hearth/journal-service", couple, Instant.now(), couple, 0, null, "{broken".getBytes(StandardCharsets.UTF_8));

        producer.send(Topic.COUPLES.topicName(), broken);
        producer.publish(new CoupleStarted(other, "erin", "UTC"), other, 0);
        producer.publish(started, couple, 1);
        producer.publish(new PartnerJoined(couple, PartnersView.CANNOT_APPLY), couple, 2);
        producer.publish(new PartnerJoined(couple, "bob"), couple, 3);

        assertThat(awaitPartners(couple, 2).getList("users", String.class)).containsExactly("alice", "bob");
        assertThat(awaitPartners(other, 1).getList("users", String.class)).containsExactly("erin");
        List<ConsumerRecord<String, byte[]>> parked = TopicReader.readUntil(bootstrapServers, DEAD_LETTERS, WITHIN,
                records -> records.stream().filter(r -> couple.equals(r.key())).count() >= 2);
        assertThat(parked.stream().filter(r -> couple.equals(r.key())).map(r -> TopicReader.headers(r).get("kafka_dlt-exception-message")))
                .anySatisfy(message -> assertThat(message).contains("CoupleStarted"))
                .anySatisfy(message -> assertThat(message).contains(PartnersView.CANNOT_APPLY));
    }

    @Test
    void replaying_the_whole_topic_from_its_first_record_changes_no_document() throws Exception {
        String couple = UUID.randomUUID().toString();
        producer.publish(new CoupleStarted(couple, "alice", "UTC"), couple, 0);
        producer.publish(new PartnerJoined(couple, "bob"), couple, 2);
        awaitPartners(couple, 2);
        List<Document> before = all();

        views.stop();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Map<TopicPartition, OffsetAndMetadata> earliest = new java.util.HashMap<>();
            for (int partition = 0; partition < Topic.COUPLES.partitions(); partition++) {
                earliest.put(new TopicPartition(Topic.COUPLES.topicName(), partition), new OffsetAndMetadata(0));
            }
            admin.alterConsumerGroupOffsets(PartnersView.NAME + "-v1", earliest).all().get();
        }
        views.start();

        String marker = UUID.randomUUID().toString();
        producer.publish(new CoupleStarted(marker, "after-the-replay", "UTC"), marker, 0);
        awaitPartners(marker, 1);
        List<Document> after = all();
        after.removeIf(document -> document.getString("_id").equals(marker));
        assertThat(stripPositions(after)).containsExactlyInAnyOrderElementsOf(stripPositions(before));
    }

    @Test
    void the_views_health_component_is_up_once_the_view_caught_up() {
        await().atMost(WITHIN).until(() -> viewsHealthIndicator.health().getStatus().equals(Status.UP));
        assertThat(viewsHealthIndicator.health().getDetails()).containsEntry(PartnersView.NAME + "-v1", "caught up");
    }

    @Test
    void the_lag_gauge_reads_zero_once_everything_is_applied_and_each_event_is_timed() {
        String couple = startedByAlice();

        await().atMost(WITHIN).until(() -> meters.get(ViewMetrics.LAG).tag("view", PartnersView.NAME).gauge().value() == 0.0);
        assertThat(meters.get(ViewMetrics.APPLY_LAG).tag("view", PartnersView.NAME).timer().count()).isPositive();
        assertThat(meters.get(ViewMetrics.EVENTS).tags("view", PartnersView.NAME, "result", "applied").counter().count())
                .isPositive();
    }

    /** A new couple alice started, once the view has it. */
    private String startedByAlice() {
        String couple = UUID.randomUUID().toString();
        producer.publish(new CoupleStarted(couple, "alice", "UTC"), couple, 0);
        awaitPartners(couple, 1);
        return couple;
    }

    private Document awaitPartners(String couple, int users) {
        return await().atMost(WITHIN).until(() -> partners(couple),
                document -> document != null && document.getList("users", String.class).size() >= users);
    }

    private Document partners(String couple) {
        return database.getCollection(ViewLayouts.collectionName(PartnersView.COLLECTION, 1))
                .find(new Document("_id", couple)).first();
    }

    private List<Document> all() {
        return database.getCollection(ViewLayouts.collectionName(PartnersView.COLLECTION, 1)).find().into(new ArrayList<>());
    }

    /** A replay moves the recorded offsets of nothing it skips, but compare facts only. */
    private static List<Document> stripPositions(List<Document> documents) {
        return documents.stream().map(document -> {
            Document copy = new Document(document);
            copy.remove("_applied");
            return copy;
        }).toList();
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class ViewApp {

        @Bean
        PartnersView partnersView(@Qualifier("readModelDatabase") MongoDatabase database) {
            return new PartnersView(database);
        }
    }

    record Partners(List<String> users, int events) {
    }

    /** The partners of each couple; refuses a user named {@value #CANNOT_APPLY}, like a bad fact. */
    static class PartnersView extends PerCoupleView<Partners> {

        static final String NAME = "partners-test";
        static final String COLLECTION = "partners";
        static final String CANNOT_APPLY = "cannot-apply";
        static final String TOMBSTONES = "tombstones";
        static final String ERASED_MEANWHILE = "erased-meanwhile";

        private final MongoDatabase database;

        PartnersView(MongoDatabase database) {
            super(new Layout(NAME, 1, Topic.COUPLES, COLLECTION), CoupleStarted.class, PartnerJoined.class);
            this.database = database;
        }

        /** Plays an erasure landing between the runner's two checks of the tombstone. */
        @Override
        public void beforeWrite(String documentId, Partners state) {
            if (state.users().contains(ERASED_MEANWHILE)) {
                database.getCollection(TOMBSTONES).replaceOne(new Document("_id", documentId),
                        Roster.tombstone(Instant.now()).append("_id", documentId), new ReplaceOptions().upsert(true));
            }
        }

        @Override
        public String tombstones() {
            return TOMBSTONES;
        }

        @Override
        public Partners empty(String documentId) {
            return new Partners(List.of(), 0);
        }

        @Override
        public Partners read(Document stored) {
            return new Partners(stored.getList("users", String.class), stored.getInteger("events"));
        }

        @Override
        public Document write(Partners state) {
            return new Document("users", state.users()).append("events", state.events());
        }

        @Override
        public Partners apply(Partners state, DecodedEvent event, String documentId) {
            String user = switch (event.event()) {
                case CoupleStarted started -> started.userId();
                case PartnerJoined joined -> joined.userId();
                default -> throw new IllegalArgumentException("not a membership event");
            };
            if (CANNOT_APPLY.equals(user)) {
                throw new IllegalArgumentException("user " + CANNOT_APPLY + " cannot be applied");
            }
            List<String> users = new ArrayList<>(state.users());
            users.add(user);
            return new Partners(users, state.events() + 1);
        }
    }
}
