package dev.hearth.platform.consumer;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.apache.kafka.common.KafkaException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The {@code kafka} health component: the broker answers {@code describeCluster} within the timeout.
 * Part of {@code /actuator/health}, deliberately in no readiness group: the write services keep
 * taking commands while Kafka is away (the outbox sends later), and insights keeps answering from
 * its read model. The answer is kept for {@code cacheFor}, so a dashboard polling many instances
 * does not turn into a stream of admin requests, and one Admin client is reused for every check.
 */
final class KafkaClusterHealth implements HealthIndicator, DisposableBean {

    private final Map<String, Object> adminConfiguration;
    private final Duration timeout;
    private final Duration cacheFor;
    private final LongSupplier nanoTime;
    private @Nullable Admin admin;
    private @Nullable Health last;
    private long checkedAt;

    KafkaClusterHealth(Map<String, Object> adminConfiguration, Duration timeout, Duration cacheFor, LongSupplier nanoTime) {
        this.adminConfiguration = new HashMap<>(adminConfiguration);
        this.timeout = timeout;
        this.cacheFor = cacheFor;
        this.nanoTime = nanoTime;
    }

    /** Concurrent callers wait for the check in progress and share its answer. */
    @Override
    public synchronized Health health() {
        Health cached = last;
        if (cached != null && nanoTime.getAsLong() - checkedAt < cacheFor.toNanos()) {
            return cached;
        }
        Health fresh = check();
        last = fresh;
        checkedAt = nanoTime.getAsLong();
        return fresh;
    }

    private Health check() {
        try {
            DescribeClusterResult cluster = admin().describeCluster(
                    new DescribeClusterOptions().timeoutMs(Math.toIntExact(timeout.toMillis())));
            // The options bound the request; the extra second covers the client's own bookkeeping.
            long waitMs = timeout.toMillis() + 1_000;
            String clusterId = cluster.clusterId().get(waitMs, TimeUnit.MILLISECONDS);
            int nodes = cluster.nodes().get(waitMs, TimeUnit.MILLISECONDS).size();
            return Health.up().withDetail("clusterId", String.valueOf(clusterId)).withDetail("nodes", nodes).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down(e).build();
        } catch (ExecutionException e) {
            return Health.down(e.getCause() != null ? e.getCause() : e).build();
        } catch (TimeoutException | KafkaException e) {
            return Health.down(e).build();
        }
    }

    private Admin admin() {
        Admin current = admin;
        if (current == null) {
            current = Admin.create(adminConfiguration);
            admin = current;
        }
        return current;
    }

    @Override
    public synchronized void destroy() {
        Admin current = admin;
        if (current != null) {
            current.close(Duration.ofSeconds(1));
            admin = null;
        }
    }
}
