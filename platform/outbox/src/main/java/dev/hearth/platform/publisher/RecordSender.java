package dev.hearth.platform.publisher;

import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Where a batch's records go: the publisher's producer, or a scripted one in unit tests. */
@FunctionalInterface
interface RecordSender {

    /**
     * Queues one record; the future completes when Kafka acknowledged it or the producer gave up.
     *
     * @throws RuntimeException when the record could not even be queued
     */
    CompletableFuture<?> send(ProducerRecord<String, byte[]> record);
}
