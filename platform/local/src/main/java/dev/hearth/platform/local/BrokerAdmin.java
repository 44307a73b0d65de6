package dev.hearth.platform.local;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * The Admin calls {@link KafkaBrokerProcess} makes: whether its broker answers, and creating topics;
 * and {@link #client}, the admin client every local tool opens on a broker that may still be booting.
 */
public final class BrokerAdmin implements AutoCloseable {

    private final Admin admin;
    private final Duration apiTimeout;

    BrokerAdmin(String bootstrapServers, Duration apiTimeout) {
        this.apiTimeout = apiTimeout;
        this.admin = client(bootstrapServers, "hearth-broker-process", apiTimeout);
    }

    /** An admin client whose every call gives up after {@code callTimeout}. */
    public static Admin client(String bootstrapServers, String clientId, Duration callTimeout) {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(AdminClientConfig.CLIENT_ID_CONFIG, clientId);
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) callTimeout.toMillis());
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) callTimeout.toMillis());
        // While the broker boots, retry connecting quickly instead of backing off for seconds.
        properties.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 200);
        properties.put(AdminClientConfig.RETRY_BACKOFF_MAX_MS_CONFIG, 200);
        return Admin.create(properties);
    }

    /** Whether the broker describes its cluster within two seconds. */
    boolean answers() throws InterruptedException {
        try {
            return !admin.describeCluster().nodes().get(2, TimeUnit.SECONDS).isEmpty();
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }

    /** Creates the topics; those that exist already are left as they are. */
    void createTopics(List<NewTopic> topics) {
        for (KafkaFuture<Void> created : admin.createTopics(topics).values().values()) {
            awaitIgnoringExistingTopic(created);
        }
    }

    private void awaitIgnoringExistingTopic(KafkaFuture<Void> created) {
        try {
            created.get(apiTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create a topic", e.getCause());
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("creating a topic took longer than " + apiTimeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating a topic", e);
        }
    }

    @Override
    public void close() {
        admin.close();
    }
}
