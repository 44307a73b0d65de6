package dev.hearth.platform.consumer.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.internals.AutoOffsetResetStrategy;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class ViewPartitionsTest {

    private static final TopicPartition P0 = new TopicPartition("t", 0);
    private static final TopicPartition P1 = new TopicPartition("t", 1);

    private final MockConsumer<String, byte[]> consumer = new MockConsumer<>(AutoOffsetResetStrategy.EARLIEST.name());
    private final MeterRegistry meters = new SimpleMeterRegistry();
    private final ViewPartitions partitions = new ViewPartitions("v-v1");

    @Test
    void a_build_reports_its_progress_then_its_records_and_seconds_once_caught_up() {
        partitions.registerBuildMeters(meters, "v");
        consumer.assign(List.of(P0, P1));
        consumer.updateBeginningOffsets(Map.of(P0, 0L, P1, 0L));
        consumer.updateEndOffsets(Map.of(P0, 10L, P1, 5L));
        consumer.seekToBeginning(List.of(P0, P1));
        partitions.onPartitionsAssigned(consumer, List.of(P0, P1));

        partitions.applied(records(P0, 0, 6), consumer);

        assertThat(gauge("hearth.view.build.records")).isEqualTo(15.0);
        assertThat(gauge("hearth.view.build.records.read")).isEqualTo(6.0);
        assertThat(gauge("hearth.view.build.seconds")).isNaN();
        assertThat(partitions.status()).isEqualTo("building: 9 records behind");

        partitions.applied(records(P0, 6, 4), consumer);
        partitions.applied(records(P1, 0, 5), consumer);

        assertThat(partitions.caughtUp()).isTrue();
        assertThat(gauge("hearth.view.build.records.read")).isEqualTo(15.0);
        assertThat(gauge("hearth.view.build.seconds")).isNotNaN().isGreaterThanOrEqualTo(0.0);

        partitions.applied(records(P1, 5, 3), consumer);

        assertThat(gauge("hearth.view.build.records.read")).as("later records are not the build's").isEqualTo(15.0);
    }

    private double gauge(String name) {
        return meters.get(name).tag("view", "v").gauge().value();
    }

    private static List<ConsumerRecord<String, byte[]>> records(TopicPartition partition, long from, int count) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        for (long offset = from; offset < from + count; offset++) {
            records.add(new ConsumerRecord<>(partition.topic(), partition.partition(), offset, "k", new byte[0]));
        }
        return records;
    }
}
