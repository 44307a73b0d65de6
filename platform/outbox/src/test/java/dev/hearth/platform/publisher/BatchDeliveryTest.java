package dev.hearth.platform.publisher;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The resend rules of one batch, with a scripted sender standing in for the producer. */
@Timeout(30)
class BatchDeliveryTest {

    private static final PublisherProperties.Producer TIMEOUTS = new PublisherProperties.Producer(
            Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofMillis(10), Duration.ofMillis(50));
    private static final PublisherProperties.Resend RESEND =
            new PublisherProperties.Resend(Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofSeconds(10));

    private final ScriptedSender sender = new ScriptedSender();

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void a_batch_kafka_acknowledges_is_sent_once() {
        BatchDelivery batch = batch(RESEND, () -> true);
        sendAll(batch, "A1", "B1", "A2");

        batch.awaitAcknowledgements();

        assertThat(sender.sent).containsExactly("A1", "B1", "A2");
    }

    @Test
    void a_failed_event_is_sent_again_with_every_later_event_of_its_couple_in_store_order() {
        sender.failNext("A2", new TimeoutException("expired"));
        BatchDelivery batch = batch(RESEND, () -> true);
        sendAll(batch, "A1", "B1", "A2", "B2", "A3");

        batch.awaitAcknowledgements();

        assertThat(sender.sent).containsExactly("A1", "B1", "A2", "B2", "A3", "A2", "A3");
    }

    @Test
    void once_a_send_fails_before_it_is_queued_the_rest_of_the_attempt_is_not_tried() {
        sender.throwNext("A1", new TimeoutException("no metadata after 1000 ms"));
        BatchDelivery batch = batch(RESEND, () -> true);
        sendAll(batch, "A1", "B1", "A2");

        batch.awaitAcknowledgements();

        assertThat(sender.sent).containsExactly("A1", "A1", "B1", "A2");
    }

    @Test
    void a_failure_that_retrying_cannot_fix_goes_to_axon_at_once() {
        sender.failNext("A1", new RecordTooLargeException("too large"));
        BatchDelivery batch = batch(RESEND, () -> true);
        sendAll(batch, "A1", "B1");

        assertThatThrownBy(batch::awaitAcknowledgements)
                .isInstanceOf(PublishingFailed.class)
                .hasMessageContaining("not transient")
                .hasCauseInstanceOf(RecordTooLargeException.class);
        assertThat(sender.sent).containsExactly("A1", "B1");
    }

    @Test
    void kafka_away_longer_than_the_budget_goes_to_axon() {
        sender.failAlways("A1", new TimeoutException("expired"));
        BatchDelivery batch = batch(new PublisherProperties.Resend(Duration.ofMillis(5), Duration.ofMillis(20),
                Duration.ofMillis(200)), () -> true);
        sendAll(batch, "A1");

        // It gives up (a hang would fail the test's own timeout) after resending at least once; how
        // many resends fit in the budget depends on the machine, so the count is not pinned.
        assertThatThrownBy(batch::awaitAcknowledgements)
                .isInstanceOf(PublishingFailed.class)
                .hasMessageContaining("still failing after");
        assertThat(sender.sent.size()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void a_processor_that_is_shutting_down_stops_resending() {
        sender.failAlways("A1", new TimeoutException("expired"));
        BatchDelivery batch = batch(RESEND, () -> false);
        sendAll(batch, "A1");

        assertThatThrownBy(batch::awaitAcknowledgements)
                .isInstanceOf(PublishingFailed.class)
                .hasMessageContaining("shutting down");
        assertThat(sender.sent).containsExactly("A1");
    }

    @Test
    void an_interrupted_wait_gives_up_and_keeps_the_interrupt() {
        sender.neverComplete("A1");
        BatchDelivery batch = batch(RESEND, () -> true);
        sendAll(batch, "A1");
        Thread.currentThread().interrupt();

        assertThatThrownBy(batch::awaitAcknowledgements).isInstanceOf(PublishingFailed.class);
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
    }

    @Test
    void transient_means_a_retriable_kafka_error_anywhere_in_the_causes() {
        assertThat(BatchDelivery.isTransient(new RuntimeException("send failed", new TimeoutException("x")))).isTrue();
        assertThat(BatchDelivery.isTransient(new RecordTooLargeException("x"))).isFalse();
        assertThat(BatchDelivery.isTransient(new IllegalStateException("producer closed"))).isFalse();
    }

    private BatchDelivery batch(PublisherProperties.Resend resend, BooleanSupplier running) {
        return new BatchDelivery(sender, TIMEOUTS, resend, running);
    }

    /**
     * Each name is a couple (first letter) and its event number; the name is also the value. The
     * failures of the first attempt arrive once every event was sent, as they do when Kafka answers
     * after the batch went out.
     */
    private void sendAll(BatchDelivery batch, String... events) {
        for (String event : events) {
            batch.send(new ProducerRecord<>("hearth.commitments.v1", event.substring(0, 1), event.getBytes(UTF_8)));
        }
        sender.deliverFailures();
    }

    private static final class ScriptedSender implements RecordSender {

        final List<String> sent = new ArrayList<>();
        private final Map<String, Deque<RuntimeException>> failures = new HashMap<>();
        private final Map<String, Deque<RuntimeException>> throwing = new HashMap<>();
        private final Map<String, RuntimeException> always = new HashMap<>();
        private final List<String> hanging = new ArrayList<>();
        private final List<Runnable> undelivered = new ArrayList<>();
        private volatile boolean delivering;

        void failNext(String event, RuntimeException failure) {
            failures.computeIfAbsent(event, e -> new ArrayDeque<>()).add(failure);
        }

        void throwNext(String event, RuntimeException failure) {
            throwing.computeIfAbsent(event, e -> new ArrayDeque<>()).add(failure);
        }

        void failAlways(String event, RuntimeException failure) {
            always.put(event, failure);
        }

        void neverComplete(String event) {
            hanging.add(event);
        }

        @Override
        public CompletableFuture<?> send(ProducerRecord<String, byte[]> record) {
            String event = new String(record.value(), UTF_8);
            sent.add(event);
            RuntimeException thrown = throwing.getOrDefault(event, new ArrayDeque<>()).poll();
            if (thrown != null) {
                throw thrown;
            }
            if (hanging.contains(event)) {
                return new CompletableFuture<>();
            }
            RuntimeException failure = always.containsKey(event) ? always.get(event)
                    : failures.getOrDefault(event, new ArrayDeque<>()).poll();
            if (failure == null) {
                return CompletableFuture.completedFuture(null);
            }
            // Like the producer: the failure arrives after the send returned. It arrives when the
            // test says so (deliverFailures), not after a delay, so a slow machine cannot move it
            // before a later send and change the order the test pins.
            CompletableFuture<Void> result = new CompletableFuture<>();
            undelivered.add(() -> result.completeExceptionally(failure));
            if (delivering) {
                deliverFailures();
            }
            return result;
        }

        /**
         * The failures of the sends so far arrive, from another thread, as the producer's callbacks
         * do; from now on each failure arrives right after its send.
         */
        void deliverFailures() {
            delivering = true;
            List<Runnable> due = List.copyOf(undelivered);
            undelivered.clear();
            CompletableFuture.runAsync(() -> due.forEach(Runnable::run),
                    CompletableFuture.delayedExecutor(5, TimeUnit.MILLISECONDS));
        }
    }
}
