package dev.hearth.platform.test;

import dev.hearth.platform.local.KafkaBrokerProcess;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.contracts.Topic;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

class HearthTestInfrastructureTest {

    @Test
    void a_service_gets_every_connection_property_and_its_own_databases() throws Exception {
        Map<String, Object> first = ServiceRegistrations.register(HearthTestInfrastructure::register, "commitment-service");
        Map<String, Object> second = ServiceRegistrations.register(HearthTestInfrastructure::register, "commitment-service");

        ServiceRegistrations.assertOwnDatabasesOnTheSharedBroker(first, second,
                HearthTestInfrastructure.sharedKafka().bootstrapServers());
        assertThat(first.get("hearth.mongodb.database")).isNotEqualTo(second.get("hearth.mongodb.database"));
        try (Connection connection = ServiceRegistrations.connect(first);
                Statement sql = connection.createStatement();
                ResultSet database = sql.executeQuery("SELECT current_database()")) {
            database.next();
            assertThat(database.getString(1)).isEqualTo(first.get("hearth.mongodb.database"));
        }
    }

    @Test
    void the_shared_broker_has_the_public_topics_and_events_can_be_read_back_from_them() throws Exception {
        KafkaBrokerProcess broker = HearthTestInfrastructure.sharedKafka();
        String coupleId = UUID.randomUUID().toString();

        try (KafkaProducer<String, byte[]> producer = KafkaBrokerProcessTest.producer(broker)) {
            producer.send(new ProducerRecord<>(Topic.JOURNAL.topicName(), coupleId, "entry".getBytes(StandardCharsets.UTF_8)))
                    .get(30, TimeUnit.SECONDS);
        }

        List<ConsumerRecord<String, byte[]>> read = HearthTestInfrastructure.readAll(broker.bootstrapServers(),
                Topic.JOURNAL.topicName(), Duration.ofSeconds(30),
                records -> records.stream().anyMatch(r -> coupleId.equals(r.key())));
        assertThat(read).extracting(ConsumerRecord::key).contains(coupleId);
    }

    @Test
    void a_service_name_becomes_a_hearth_database_name() {
        assertThat(HearthTestInfrastructure.databaseName("commitment-service")).isEqualTo("hearth_commitment");
        assertThat(HearthTestInfrastructure.databaseName("Insights-Service")).isEqualTo("hearth_insights");
    }
}
