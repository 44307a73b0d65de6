package dev.hearth.bench.stages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.contracts.Topic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;

class StageSettingsTest {

    @Test
    void the_scratch_event_table_is_the_event_stores_own_ddl() throws IOException {
        String migration = Files.readString(Path.of("../platform/axon/src/main/resources/db/migration/V1__axon_storage.sql"));
        int start = migration.indexOf("CREATE TABLE domainevententry");
        String table = migration.substring(start, migration.indexOf(");", start) + 1);

        assertThat(normalized(PostgresAppendStage.EVENT_TABLE)).isEqualTo(normalized(table));
    }

    @Test
    void the_kafka_stage_produces_as_the_outbox_publisher_does() {
        Map<String, Object> settings = KafkaStage.producerSettings("localhost:9092");

        assertThat(settings).containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)
                .containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                .containsEntry(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5)
                .containsEntry(ProducerConfig.RETRIES_CONFIG, Integer.MAX_VALUE)
                .containsEntry(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000)
                .doesNotContainKey(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        assertThat(KafkaStage.PARTITIONS).isEqualTo(Topic.COMMITMENTS.partitions());
    }

    @Test
    void the_mongo_stage_writes_bounded_view_like_documents() {
        assertThat(MongoUpsertStage.sampleDocument("c-1", 1_000_000).toJson().length()).isBetween(500, 2_000);
    }

    private static String normalized(String ddl) {
        return ddl.replaceAll("\\s+", " ").trim();
    }
}
