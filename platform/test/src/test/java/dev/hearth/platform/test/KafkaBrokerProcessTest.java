package dev.hearth.platform.test;

import dev.hearth.platform.local.KafkaBrokerProcess;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearth.contracts.Topic;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class KafkaBrokerProcessTest {

    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static KafkaBrokerProcess broker;

    /** The JVM's shared broker: one broker start less per run, and a restart of it is what fault tests do. */
    @BeforeAll
    static void startBroker() {
        broker = HearthTestInfrastructure.sharedKafka();
        System.out.printf("Kafka broker started in %d ms%n", broker.lastStartDuration().toMillis());
    }

    @Test
    void a_record_sent_to_the_broker_is_read_back_with_its_headers() throws Exception {
        String coupleId = UUID.randomUUID().toString();

        try (KafkaProducer<String, byte[]> producer = producer(broker)) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topic.COUPLES.topicName(), coupleId, bytes("started"));
            record.headers().add("ce_type", bytes("dev.hearth.couple.CoupleStarted.v1"));
            producer.send(record).get(30, TimeUnit.SECONDS);
        }

        List<ConsumerRecord<String, byte[]>> read = TopicReader.readAll(broker.bootstrapServers(), Topic.COUPLES.topicName(), WITHIN);
        assertThat(read).filteredOn(r -> coupleId.equals(r.key())).singleElement().satisfies(r -> {
            assertThat(new String(r.value(), StandardCharsets.UTF_8)).isEqualTo("started");
            assertThat(TopicReader.headers(r)).containsEntry("ce_type", "dev.hearth.couple.CoupleStarted.v1");
        });
    }

    @Test
    void a_restarted_broker_keeps_its_topics_and_records_on_the_same_address() throws Exception {
        String bootstrapServers = broker.bootstrapServers();
        String before = UUID.randomUUID().toString();
        String after = UUID.randomUUID().toString();
        try (KafkaProducer<String, byte[]> producer = producer(broker)) {
            producer.send(new ProducerRecord<>(Topic.COMMITMENTS.topicName(), before, bytes("before"))).get(30, TimeUnit.SECONDS);

            broker.stop();
            assertThat(broker.isRunning()).isFalse();
            broker.start();
            System.out.printf("Kafka broker restarted in %d ms%n", broker.lastStartDuration().toMillis());

            // The same producer reconnects to the same address.
            producer.send(new ProducerRecord<>(Topic.COMMITMENTS.topicName(), after, bytes("after"))).get(30, TimeUnit.SECONDS);
        }

        assertThat(broker.bootstrapServers()).isEqualTo(bootstrapServers);
        assertThat(partitionCounts(broker)).containsAllEntriesOf(Map.of(
                Topic.COUPLES.topicName(), 12, Topic.JOURNAL.topicName(), 12, Topic.COMMITMENTS.topicName(), 12));
        List<ConsumerRecord<String, byte[]>> read = TopicReader.readAll(bootstrapServers, Topic.COMMITMENTS.topicName(), WITHIN);
        assertThat(read).extracting(ConsumerRecord::key).contains(before, after);
    }

    @Test
    void creating_the_public_topics_again_leaves_them_as_they_are() throws Exception {
        broker.createTopics(List.of(Topic.values()));

        assertThat(partitionCounts(broker)).containsEntry(Topic.JOURNAL.topicName(), 12);
    }

    @Test
    void public_topics_keep_their_records_for_ever() throws Exception {
        try (Admin admin = admin(broker)) {
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, Topic.JOURNAL.topicName());
            Config config = admin.describeConfigs(List.of(resource)).all().get(30, TimeUnit.SECONDS).get(resource);

            assertThat(config.get("retention.ms").value()).isEqualTo("-1");
        }
    }

    @Test
    void producing_to_a_topic_outside_the_table_does_not_create_it() throws Exception {
        Properties settings = producerSettings(broker);
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 1_000);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(settings)) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>("hearth.typo.v1", "k", bytes("v"))).get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(TimeoutException.class);
        }
        try (Admin admin = admin(broker)) {
            assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).doesNotContain("hearth.typo.v1");
        }
    }

    @Test
    void the_broker_output_is_kept_in_its_log_file() throws Exception {
        assertThat(Files.readString(broker.logFile())).contains("Kafka Server started");
    }

    @Test
    void closing_a_temporary_broker_deletes_its_directory() {
        KafkaBrokerProcess temporary = KafkaBrokerProcess.inTemporaryDirectory();
        assertThat(temporary.directory()).isDirectory();

        temporary.close();

        assertThat(temporary.directory()).doesNotExist();
    }

    private static Map<String, Integer> partitionCounts(KafkaBrokerProcess broker) throws ExecutionException, InterruptedException {
        try (Admin admin = admin(broker)) {
            Map<String, TopicDescription> topics = admin.describeTopics(List.of(
                    Topic.COUPLES.topicName(), Topic.JOURNAL.topicName(), Topic.COMMITMENTS.topicName())).allTopicNames().get();
            return topics.entrySet().stream().collect(Collectors.toMap(
                    Map.Entry::getKey, e -> e.getValue().partitions().size()));
        }
    }

    static KafkaProducer<String, byte[]> producer(KafkaBrokerProcess broker) {
        return new KafkaProducer<>(producerSettings(broker));
    }

    private static Properties producerSettings(KafkaBrokerProcess broker) {
        Properties settings = new Properties();
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        settings.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500);
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return settings;
    }

    private static Admin admin(KafkaBrokerProcess broker) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
