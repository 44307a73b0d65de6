package dev.hearth.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.contracts.Topic;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Testcontainers;

/** Runs only where Docker is available; reported as skipped elsewhere. */
@Testcontainers(disabledWithoutDocker = true)
class ContainerInfrastructureTest {

    @Test
    void a_service_gets_the_same_properties_as_on_the_embedded_servers_and_its_own_databases() throws Exception {
        Map<String, Object> first = ServiceRegistrations.register(ContainerInfrastructure::register, "commitment-service");
        Map<String, Object> second = ServiceRegistrations.register(ContainerInfrastructure::register, "commitment-service");

        ServiceRegistrations.assertOwnDatabasesOnTheSharedBroker(first, second, ContainerInfrastructure.kafkaBootstrapServers());
        try (Connection connection = ServiceRegistrations.connect(first);
                Statement sql = connection.createStatement();
                ResultSet version = sql.executeQuery("SELECT current_database(), current_setting('server_version_num')::int / 10000")) {
            version.next();
            assertThat(version.getString(1)).isEqualTo(first.get("hearth.mongodb.database"));
            assertThat(version.getInt(2)).isEqualTo(18);
        }
    }

    @Test
    void the_kafka_container_has_every_public_topic_with_its_partitions_and_retention() throws Exception {
        List<String> names = Arrays.stream(Topic.values()).map(Topic::topicName).toList();

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, ContainerInfrastructure.kafkaBootstrapServers()))) {
            Map<String, TopicDescription> topics = admin.describeTopics(names).allTopicNames().get(30, TimeUnit.SECONDS);
            var configs = admin.describeConfigs(names.stream().map(name -> new ConfigResource(ConfigResource.Type.TOPIC, name)).toList())
                    .all().get(30, TimeUnit.SECONDS);

            for (Topic topic : Topic.values()) {
                assertThat(topics.get(topic.topicName()).partitions()).hasSize(topic.partitions());
                assertThat(configs.get(new ConfigResource(ConfigResource.Type.TOPIC, topic.topicName()))
                        .get(TopicConfig.RETENTION_MS_CONFIG).value()).isEqualTo(String.valueOf(topic.retentionMs()));
            }
        }
    }
}
