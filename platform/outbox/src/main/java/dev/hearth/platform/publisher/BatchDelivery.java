package dev.hearth.platform.publisher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Kafka sends of one batch of the publishing processor, in store order, and the wait for their
 * acknowledgements before the batch's unit of work commits (and with it the processor's token).
 *
 * <p>Why resend here instead of failing at once: on an error, Axon 4.13's tracking processor
 * releases its claim and sleeps 1 s, doubling after every failed batch up to 60 s, and neither the
 * start nor the cap is configurable. A Kafka outage of a few minutes would leave the publisher
 * asleep for up to a minute after Kafka returned. So a batch that Kafka did not acknowledge because
 * of a transient failure is sent again right here, after a back-off capped at
 * {@code resend.max-backoff}, until it succeeds or the {@code resend.budget} is spent; only then, or
 * for a failure that retrying cannot fix, does Axon get the error. Within an attempt the producer
 * retries by itself, so once Kafka is back the batch goes out after a reconnect and at most
 * {@code retry.backoff.max.ms}. The price: the batch's database transaction stays open meanwhile.
 */
final class BatchDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(BatchDelivery.class);

    private final RecordSender producer;
    private final PublisherProperties.Resend resend;
    /** Longer than any send can take: the producer completes every future within its timeouts. */
    private final Duration longestSend;
    private final BooleanSupplier processorRunning;
    private final List<Send> sends = new ArrayList<>();
    /** A send of this attempt that failed before it was queued: the rest of the attempt is not tried. */
    private @Nullable CompletableFuture<?> unreachable;

    BatchDelivery(RecordSender producer, PublisherProperties.Producer timeouts,
                  PublisherProperties.Resend resend, BooleanSupplier processorRunning) {
        this.producer = producer;
        this.resend = resend;
        this.longestSend = timeouts.maxBlock().plus(timeouts.deliveryTimeout()).plusSeconds(30);
        this.processorRunning = processorRunning;
    }

    /** The batch's records, in the order they were sent. */
    List<ProducerRecord<String, byte[]>> records() {
        return sends.stream().map(send -> send.record).toList();
    }

    void send(ProducerRecord<String, byte[]> record) {
        Send send = new Send(record);
        sends.add(send);
        dispatch(send);
    }

    /**
     * Waits until Kafka acknowledged every record, sending again what it did not.
     *
     * @throws PublishingFailed when a failure is not transient, the resend budget is spent, the
     *     processor is shutting down or the thread is interrupted
     */
    void awaitAcknowledgements() {
        long deadline = System.nanoTime() + resend.budget().toNanos();
        Duration backoff = resend.initialBackoff();
        for (int attempt = 1; ; attempt++) {
            List<Send> failed = awaitAttempt();
            if (failed.isEmpty()) {
                if (attempt > 1) {
                    LOG.info("Kafka acknowledged all {} events of the batch at attempt {}", sends.size(), attempt);
                }
                return;
            }
            Throwable cause = failed.get(0).failure();
            String summary = failed.size() + " of " + sends.size() + " events not acknowledged by Kafka";
            if (!isTransient(cause)) {
                throw new PublishingFailed(summary + "; the failure is not transient", cause);
            }
            if (System.nanoTime() + backoff.toNanos() > deadline) {
                throw new PublishingFailed(summary + "; still failing after " + resend.budget(), cause);
            }
            if (!processorRunning.getAsBoolean()) {
                throw new PublishingFailed(summary + "; the processor is shutting down", cause);
            }
            LOG.warn("{} (attempt {}: {}); sending them again in {} ms",
                    summary, attempt, cause.toString(), backoff.toMillis());
            sleep(backoff);
            backoff = min(backoff.multipliedBy(2), resend.maxBackoff());
            resendInOrder();
        }
    }

    private void dispatch(Send send) {
        CompletableFuture<?> blocked = unreachable;
        if (blocked != null) {
            send.result = blocked;
            return;
        }
        CompletableFuture<?> result;
        try {
            result = producer.send(send.record);
        } catch (RuntimeException e) {
            result = CompletableFuture.failedFuture(e);
        }
        send.result = result;
        // Failed before it was even queued (typically no metadata within max.block.ms: the broker is
        // down): each further send would block as long again, so the rest of the attempt shares this
        // failure instead.
        if (result.isCompletedExceptionally()) {
            unreachable = result;
        }
    }

    private List<Send> awaitAttempt() {
        List<Send> failed = new ArrayList<>();
        for (Send send : sends) {
            try {
                send.result.get(longestSend.toMillis(), TimeUnit.MILLISECONDS);
                send.failure = null;
            } catch (ExecutionException e) {
                send.failure = e.getCause() == null ? e : e.getCause();
                failed.add(send);
            } catch (TimeoutException e) {
                throw new PublishingFailed("Kafka neither acknowledged nor failed a send within " + longestSend, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PublishingFailed("interrupted while waiting for Kafka's acknowledgements", e);
            }
        }
        return failed;
    }

    /**
     * Sends again every failed record and every later record of the same couple, in store order,
     * so that a couple's events never overtake each other on the topic.
     */
    private void resendInOrder() {
        unreachable = null;
        Set<String> couplesToResend = new HashSet<>();
        for (Send send : sends) {
            if (send.failure != null || couplesToResend.contains(send.record.key())) {
                couplesToResend.add(send.record.key());
                dispatch(send);
            }
        }
    }

    /** A Kafka failure that may go away by itself: a timeout, a broker unavailable, a leader moving. */
    static boolean isTransient(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (@Nullable Throwable current = failure; current != null && seen.add(current); current = current.getCause()) {
            if (current instanceof RetriableException) {
                return true;
            }
        }
        return false;
    }

    private static void sleep(Duration backoff) {
        try {
            Thread.sleep(backoff.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishingFailed("interrupted while waiting to send again", e);
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static final class Send {

        private final ProducerRecord<String, byte[]> record;
        private CompletableFuture<?> result = CompletableFuture.completedFuture(null);
        private @Nullable Throwable failure;

        Send(ProducerRecord<String, byte[]> record) {
            this.record = record;
        }

        Throwable failure() {
            Throwable current = failure;
            if (current == null) {
                throw new IllegalStateException("this send did not fail");
            }
            return current;
        }
    }
}
