package dev.hearth.platform.consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Parks a record that can never be processed on its dead-letter topic ({@code <topic>.<group>-dlt},
 * same partition), counted and logged; returns once Kafka acknowledged it, and throws otherwise (the
 * caller's poll is then retried, so nothing is lost). For consumers that handle poison themselves,
 * such as the views' batch runner; record listeners get the same through the error handler.
 */
public interface DeadLetterSink {

    void send(ConsumerRecord<?, ?> record, Exception cause);
}
