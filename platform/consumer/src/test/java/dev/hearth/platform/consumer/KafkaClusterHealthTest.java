package dev.hearth.platform.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.platform.test.HearthTestInfrastructure;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/** The {@code kafka} health component against a real broker and against a port where none listens. */
class KafkaClusterHealthTest {

    private static final Duration TIMEOUT = Duration.ofMillis(500);

    @Test
    void kafka_is_up_with_the_clusters_id_when_the_broker_answers() throws Exception {
        try (Checked kafka = new Checked(HearthTestInfrastructure.sharedKafka().bootstrapServers(), Duration.ZERO)) {
            Health health = kafka.indicator.health();

            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsKey("clusterId").containsEntry("nodes", 1);
        }
    }

    @Test
    void kafka_is_down_within_the_timeout_when_no_broker_answers() throws Exception {
        try (Checked kafka = new Checked(unusedAddress(), Duration.ZERO)) {
            long started = System.nanoTime();
            Health health = kafka.indicator.health();

            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(TIMEOUT.plusSeconds(2));
        }
    }

    @Test
    void an_answer_is_reused_until_it_is_older_than_the_cache_time() throws Exception {
        AtomicLong now = new AtomicLong();
        try (Checked kafka = new Checked(unusedAddress(), Duration.ofSeconds(5), now::get)) {
            Health first = kafka.indicator.health();
            now.addAndGet(Duration.ofSeconds(4).toNanos());
            Health cached = kafka.indicator.health();
            now.addAndGet(Duration.ofSeconds(2).toNanos());
            Health fresh = kafka.indicator.health();

            assertThat(cached).isSameAs(first);
            assertThat(fresh).isNotSameAs(first);
        }
    }

    private static String unusedAddress() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "127.0.0.1:" + socket.getLocalPort();
        }
    }

    /** An indicator whose Admin client is closed after the test. */
    private static final class Checked implements AutoCloseable {

        final KafkaClusterHealth indicator;

        Checked(String bootstrapServers, Duration cacheFor) {
            this(bootstrapServers, cacheFor, System::nanoTime);
        }

        Checked(String bootstrapServers, Duration cacheFor, LongSupplier nanoTime) {
            indicator = new KafkaClusterHealth(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                    TIMEOUT, cacheFor, nanoTime);
        }

        @Override
        public void close() {
            indicator.destroy();
        }
    }
}
