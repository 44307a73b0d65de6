package dev.hearth.platform.consumer.view;

import dev.hearth.platform.mongo.ViewProgress;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;

/**
 * Where a Kafka-fed view stands against its topic: at each assignment, the end offsets of the
 * assigned partitions are the target; the view has caught up once every assigned partition's
 * position reached its target (then stays so: later lag is measured, not unreadiness). A view with
 * no partitions assigned yet has not caught up.
 */
final class ViewPartitions implements ConsumerAwareRebalanceListener, ViewProgress {

    private final String view;
    private final Map<TopicPartition, Long> targets = new ConcurrentHashMap<>();
    private final Map<TopicPartition, Long> positions = new ConcurrentHashMap<>();
    private volatile boolean caughtUp;
    private volatile boolean idle;
    /** When the view first got partitions, how many records it had to read then, and when it had read them. */
    private volatile long firstAssignedNanos = -1;
    private volatile long recordsToBuild = -1;
    private volatile long caughtUpNanos = -1;
    /** Records applied until caught up (by every consumer thread of the view). */
    private final LongAdder recordsRead = new LongAdder();

    ViewPartitions(String view) {
        this.view = view;
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        long toRead = 0;
        for (TopicPartition partition : partitions) {
            targets.put(partition, ends.getOrDefault(partition, 0L));
            positions.put(partition, consumer.position(partition));
            toRead += Math.max(0, ends.getOrDefault(partition, 0L) - consumer.position(partition));
        }
        if (firstAssignedNanos < 0) {
            firstAssignedNanos = System.nanoTime();
            recordsToBuild = toRead;
        }
        check();
        idle = caughtUp;
    }

    @Override
    public void onPartitionsRevokedAfterCommit(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        partitions.forEach(partition -> {
            targets.remove(partition);
            positions.remove(partition);
        });
    }

    @Override
    public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        onPartitionsRevokedAfterCommit(consumer, partitions);
    }

    /** After a poll was applied: each partition is past its last record; idle when the fetch saw nothing more. */
    void applied(List<? extends ConsumerRecord<?, ?>> records, Consumer<?, ?> consumer) {
        if (!caughtUp) {
            recordsRead.add(records.size());
        }
        for (ConsumerRecord<?, ?> record : records) {
            positions.merge(new TopicPartition(record.topic(), record.partition()), record.offset() + 1, Math::max);
        }
        idle = consumer.assignment().stream().allMatch(partition -> consumer.currentLag(partition).orElse(1) == 0);
        check();
    }

    /** True when the last poll left nothing to apply (for the lag gauge: 0 then, not the last delay). */
    boolean idle() {
        return idle;
    }

    private void check() {
        if (caughtUp || targets.isEmpty()) {
            return;
        }
        caughtUp = targets.entrySet().stream().allMatch(t -> positions.getOrDefault(t.getKey(), 0L) >= t.getValue());
        if (caughtUp) {
            caughtUpNanos = System.nanoTime();
        }
    }

    /**
     * {@code hearth.view.build.seconds}: from the first assignment to caught up (NaN before), and
     * {@code hearth.view.build.records}: the records it read to get there. A new layout version (or
     * a rebuild generation) starts from the topic's first record, so together they time a rebuild;
     * {@code hearth.view.build.records.read} is its progress.
     */
    void registerBuildMeters(MeterRegistry meters, String viewName) {
        Gauge.builder("hearth.view.build.seconds", this, partitions -> partitions.caughtUpNanos < 0 ? Double.NaN
                        : (partitions.caughtUpNanos - partitions.firstAssignedNanos) / 1e9)
                .description("Seconds from the view's first partitions to having read everything there was then")
                .tag("view", viewName).register(meters);
        Gauge.builder("hearth.view.build.records", this, partitions -> partitions.recordsToBuild)
                .description("Records the view had to read when it first got its partitions")
                .tag("view", viewName).register(meters);
        Gauge.builder("hearth.view.build.records.read", this, partitions -> partitions.recordsRead.sum())
                .description("Records the view has read towards having caught up (a build's progress)")
                .tag("view", viewName).register(meters);
    }

    @Override
    public String view() {
        return view;
    }

    @Override
    public boolean caughtUp() {
        return caughtUp;
    }

    @Override
    public String status() {
        if (caughtUp) {
            return "caught up";
        }
        if (targets.isEmpty()) {
            return "waiting for partitions";
        }
        long behind = targets.entrySet().stream()
                .mapToLong(t -> Math.max(0, t.getValue() - positions.getOrDefault(t.getKey(), 0L))).sum();
        return "building: " + behind + " records behind";
    }
}
